using System.Text;
using System.Text.Json.Nodes;
using ActivityAware.Local.Asl;
using ActivityAware.Local.Workflow;

namespace ActivityAware.Local.Tests.Workflow;

public class StreamHandlerAdapterTests
{
    private static Func<Stream, Task<Stream>> Answering(string json, bool memory) => _ =>
        Task.FromResult<Stream>(memory ? new MemoryStream(Encoding.UTF8.GetBytes(json), 0, json.Length, false, true) : new BufferedStream(new MemoryStream(Encoding.UTF8.GetBytes(json))));

    [Fact]
    public async Task Adapt_HandlerAnswersFromMemory_ResponseIsBoundedByItsText()
    {
        const string answer = """{ "ok" : true }""";

        var response = await StreamHandlerAdapter.Adapt(Answering(answer, memory: true))(new JsonObject(), CancellationToken.None);

        Assert.Equal("""{"ok":true}""", AslJson.Serialize(response.Payload));
        Assert.Equal(JsonTextSizeBound.Of(answer.Length), response.SizeBound);
    }

    [Fact]
    public async Task Adapt_HandlerAnswersWithAnotherStream_ResponseSizeIsUnknown()
    {
        var response = await StreamHandlerAdapter.Adapt(Answering("""{"ok":true}""", memory: false))(new JsonObject(), CancellationToken.None);

        Assert.Equal("""{"ok":true}""", AslJson.Serialize(response.Payload));
        Assert.Null(response.SizeBound);
    }
}
