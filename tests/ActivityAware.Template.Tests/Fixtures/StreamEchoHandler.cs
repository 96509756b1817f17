namespace ActivityAware.Template.Tests.Fixtures;

/// <summary>A handler of the shape the managed runtime accepts without a serializer; proves the resolver accepts good handlers.</summary>
public sealed class StreamEchoHandler
{
    public Task<Stream> Handle(Stream input) => Task.FromResult(input);
}
