using System.Text.Json.Nodes;
using ActivityAware.Local.Asl;

namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>
/// ResultWriter. Sources: developer guide, "ResultWriter (Map)" (the Map state's output becomes <c>{"MapRunArn", "ResultWriterDetails":
/// {"Bucket", "Key"}}</c>; results go under PREFIX/MAPRUNID/ as SUCCEEDED_n.json and FAILED_n.json, named by manifest.json with
/// DestinationBucket, MapRunArn and ResultFiles by status); LocalStack's AWS-validated test_map_state_result_writer (the manifest key
/// PREFIX/MAPRUNID/manifest.json, a prefix given without a trailing slash getting one).
/// </summary>
public class DistributedMapResultWriterTests
{
    private const string Machine = """
        {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items","ToleratedFailurePercentage":50,
          "ResultWriter":{"Resource":"arn:aws:states:::s3:putObject","Parameters":{"Bucket":"results","Prefix.$":"$.prefix"}},
          "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"Check","States":{
            "Check":{"Type":"Choice","Choices":[{"Variable":"$","NumericEquals":2,"Next":"Bad"}],"Default":"Good"},
            "Bad":{"Type":"Fail","Error":"ItemFailed","Cause":"two"},
            "Good":{"Type":"Pass","Parameters":{"doubled.$":"States.MathAdd($, $)"},"End":true}}},
          "End":true}}}
        """;

    [Fact]
    public async Task ResultWriter_WritesResultFilesAndManifest_OutputNamesTheManifest()
    {
        var s3 = new InMemoryS3ObjectStore();
        s3.CreateBucket("results");
        var result = await new AslHarness { S3 = s3 }.Run(Machine, """{"items":[1,2,3],"prefix":"csvProcessJobs"}""");

        Assert.True(result.Succeeded, result.Cause);
        var mapRunArn = (string)result.Output!["MapRunArn"]!;
        Assert.Equal(result.Events.Single(e => e.Type == "MapRunStarted").Resource, mapRunArn);
        var folder = $"csvProcessJobs/{mapRunArn[(mapRunArn.LastIndexOf(':') + 1)..]}/";
        Assert.Equal($$"""{"Bucket":"results","Key":"{{folder}}manifest.json"}""", AslJson.Serialize(result.Output["ResultWriterDetails"]));

        var objects = s3.Objects("results");
        Assert.Equal([$"{folder}FAILED_0.json", $"{folder}SUCCEEDED_0.json", $"{folder}manifest.json"], objects.Keys);
        var manifest = JsonNode.Parse(objects[$"{folder}manifest.json"])!;
        Assert.Equal("results", (string)manifest["DestinationBucket"]!);
        Assert.Equal(mapRunArn, (string)manifest["MapRunArn"]!);
        Assert.Equal($"{folder}SUCCEEDED_0.json", (string)manifest["ResultFiles"]!["SUCCEEDED"]![0]!["Key"]!);
        Assert.Equal(objects[$"{folder}SUCCEEDED_0.json"].Length, (int)manifest["ResultFiles"]!["SUCCEEDED"]![0]!["Size"]!);
        Assert.Empty(manifest["ResultFiles"]!["PENDING"]!.AsArray());

        var succeeded = JsonNode.Parse(objects[$"{folder}SUCCEEDED_0.json"])!.AsArray();
        Assert.Equal(["1", "3"], succeeded.Select(r => (string)r!["Input"]!));
        Assert.Equal(["""{"doubled":2}""", """{"doubled":6}"""], succeeded.Select(r => (string)r!["Output"]!));
        Assert.All(succeeded, r => Assert.Equal("SUCCEEDED", (string)r!["Status"]!));
        var failed = JsonNode.Parse(objects[$"{folder}FAILED_0.json"])!.AsArray().Single()!;
        Assert.Equal(("2", "FAILED", "ItemFailed", "two"), ((string)failed["Input"]!, (string)failed["Status"]!, (string)failed["Error"]!, (string)failed["Cause"]!));
        Assert.StartsWith("arn:aws:states:us-east-1:123456789012:execution:test-machine/", (string)failed["ExecutionArn"]!);
    }

    [Fact]
    public async Task ResultWriter_BucketMissing_FailsWithResultWriterFailed()
    {
        var result = await new AslHarness { S3 = new InMemoryS3ObjectStore() }.Run(Machine, """{"items":[1],"prefix":""}""");
        Assert.Equal("States.ResultWriterFailed", result.Error);
        Assert.Contains("NoSuchBucket", result.Cause);
        Assert.Equal("States.ResultWriterFailed", result.Events.Single(e => e.Type == "MapRunFailed").Error);
    }
}
