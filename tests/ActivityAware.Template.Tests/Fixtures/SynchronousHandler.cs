namespace ActivityAware.Template.Tests.Fixtures;

/// <summary>A handler with the wrong return type (Stream, not Task&lt;Stream&gt;); the resolver must reject it.</summary>
public sealed class SynchronousHandler
{
    public Stream Handle(Stream input) => input;
}
