using System.Text.Json.Nodes;
using ActivityAware.Core.Detection;
using ActivityAware.Core.Normalization;
using ActivityAware.Core.Pipeline;
using ActivityAware.Functions.Hosting;
using ActivityAware.Functions.Tests.Support;
using ActivityAware.Testing.Alerts;

namespace ActivityAware.Functions.Tests;

public sealed class NormalizeFunctionTests
{
    private readonly NormalizeFunction _function = new(new NormalizeStep(new AccessDeniedDetector(), new EventNormalizer()), StepLog.Silent);

    [Fact]
    public async Task Handle_EventBridgeEvent_MatchedWithAlert()
    {
        var output = Payload.Read(await _function.Handle(Payload.Of(AccessDeniedRecordBuilder.AccessDenied().EventBridgeJson())), Payload.Contracts.NormalizeOutput);

        Assert.True(output.Matched);
        Assert.Equal("8f3c1a52-0d7e-4c59-9d55-2f1a6b3e9a01", output.Alert!.Event.EventId);
        Assert.Equal(AccessDeniedDetector.RuleId, output.Alert.Matches[0].RuleId);
    }

    [Fact]
    public async Task Handle_LookupEventsEntry_SameAlertAsRecord()
    {
        var record = AccessDeniedRecordBuilder.AccessDenied().RecordJson();
        var entry = new JsonObject { ["EventId"] = "x", ["EventName"] = "GetObject", ["CloudTrailEvent"] = record }.ToJsonString();

        var fromEntry = Payload.Text(await _function.Handle(Payload.Of(entry)));
        var fromRecord = Payload.Text(await _function.Handle(Payload.Of(record)));

        Assert.Equal(fromRecord, fromEntry);
    }

    [Fact]
    public async Task Handle_RecordWithoutDenial_NotMatchedWithReason()
    {
        var record = AccessDeniedRecordBuilder.AccessDenied().With("errorCode", null).With("errorMessage", null).RecordJson();

        var text = Payload.Text(await _function.Handle(Payload.Of(record)));

        Assert.StartsWith("""{"matched":false,"reason":"no rule matched s3.amazonaws.com GetObject""", text);
    }

    [Theory]
    [InlineData("""{"detail-type":"EC2 Instance State-change Notification","detail":{"state":"running"}}""", "detail-type 'EC2 Instance State-change Notification'")]
    [InlineData("""{"hello":"world"}""", "neither a CloudTrail record")]
    [InlineData("[1,2]", "expected a JSON object, found Array")]
    [InlineData("{not json", "input is not JSON")]
    public async Task Handle_NotCloudTrail_ThrowsUnsupportedEventShape(string input, string expected)
    {
        var e = await Assert.ThrowsAsync<UnsupportedEventShapeException>(() => _function.Handle(Payload.Of(input)));
        Assert.Contains(expected, e.Message);
    }
}
