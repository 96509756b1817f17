using System.Text.Json.Nodes;
using ActivityAware.Local.Asl;
using ActivityAware.Local.Asl.Execution;
using ActivityAware.Local.Asl.Tasks;
using ActivityAware.Local.Tests.Replay;
using ActivityAware.Testing;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>
/// A Distributed Map reading and writing real S3 calls (moto_server): ItemReader's getObject and listObjectsV2 and ResultWriter's putObject
/// through the SDK, in process and through <c>asl run</c> with AWS_ENDPOINT_URL. Source: the AWS-validated
/// test_map_item_reader_base_csv_headers_first_line and test_map_item_reader_base_list_objects_v2 (files and templates); developer guide,
/// "ResultWriter (Map)".
/// </summary>
public sealed class DistributedMapS3Tests(MotoServer moto) : IClassFixture<MotoServer>
{
    private const string Bucket = "bucket-name";

    private AmazonS3Client Client() => new(new BasicAWSCredentials("testing", "testing"),
        new AmazonS3Config { ServiceURL = moto.Endpoint.ToString(), ForcePathStyle = true, AuthenticationRegion = MotoServer.Region });

    private const string CsvMachine = """
        {"StartAt":"MapState","States":{"MapState":{"Type":"Map","MaxConcurrency":1,
          "ItemReader":{"ReaderConfig":{"InputType":"CSV","CSVHeaderLocation":"FIRST_ROW"},"Resource":"arn:aws:states:::s3:getObject",
            "Parameters":{"Bucket.$":"$.Bucket","Key.$":"$.Key"}},
          "ResultWriter":{"Resource":"arn:aws:states:::s3:putObject","Parameters":{"Bucket.$":"$.Bucket","Prefix":"runs/"}},
          "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"PassItem","States":{"PassItem":{"Type":"Pass","End":true}}},
          "End":true}}}
        """;

    [Fact]
    public async Task CsvReaderAndResultWriter_AgainstS3_ReadTheRowsAndWriteTheManifest()
    {
        await moto.ResetAsync();
        using var client = Client();
        await client.PutBucketAsync(Bucket);
        await client.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = "file.csv", ContentBody = "Col1,Col2\nValue1,Value2\nValue3,Value4\n" });
        var interpreter = new StateMachineInterpreter(AslHarness.Load(CsvMachine), new InterpreterBindings { S3 = new SdkS3ObjectStore(client) });

        var result = await interpreter.ExecuteAsync(JsonNode.Parse($"{{\"Bucket\":\"{Bucket}\",\"Key\":\"file.csv\"}}"));

        Assert.True(result.Succeeded, $"{result.Error}: {result.Cause}");
        var manifestKey = (string)result.Output!["ResultWriterDetails"]!["Key"]!;
        Assert.StartsWith("runs/", manifestKey);
        using var manifestObject = await client.GetObjectAsync(Bucket, manifestKey);
        var manifest = JsonNode.Parse(await new StreamReader(manifestObject.ResponseStream).ReadToEndAsync())!;
        var succeededKey = (string)manifest["ResultFiles"]!["SUCCEEDED"]![0]!["Key"]!;
        using var succeededObject = await client.GetObjectAsync(Bucket, succeededKey);
        var succeeded = JsonNode.Parse(await new StreamReader(succeededObject.ResponseStream).ReadToEndAsync())!.AsArray();
        Assert.Equal(["""{"Col1":"Value1","Col2":"Value2"}""", """{"Col1":"Value3","Col2":"Value4"}"""], succeeded.Select(r => (string)r!["Output"]!));
    }

    [Fact]
    public async Task AslRun_ListObjectsV2_ReadsS3AtTheEndpointInTheEnvironment()
    {
        await moto.ResetAsync();
        using var client = Client();
        await client.PutBucketAsync(Bucket);
        for (var i = 0; i < 3; i++)
            await client.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = $"file_{i}.txt", ContentBody = $"{i}HelloWorld!" });
        using var scratch = new ScratchDirectory();
        var definition = scratch.Write("list.asl.json", """
            {"StartAt":"MapState","States":{"MapState":{"Type":"Map",
              "ItemReader":{"Resource":"arn:aws:states:::s3:listObjectsV2","Parameters":{"Bucket.$":"$.Bucket"}},
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"Key","States":{"Key":{"Type":"Pass","OutputPath":"$.Key","End":true}}},
              "End":true}}}
            """);
        var input = scratch.Write("input.json", $"{{\"Bucket\":\"{Bucket}\"}}");

        var result = await ReplayProcess.RunAsync(["asl", "run", definition, "--input", input], environment: moto.Environment);

        Assert.True(result.ExitCode == 0, result.Stderr + result.Stdout);
        Assert.Equal("""["file_0.txt","file_1.txt","file_2.txt"]""", result.Stdout.Trim());
    }

    [Fact]
    public async Task AslRun_MissingBucket_FailsWithItemReaderFailed()
    {
        await moto.ResetAsync();
        using var scratch = new ScratchDirectory();
        var definition = scratch.Write("m.asl.json", CsvMachine);
        var input = scratch.Write("input.json", """{"Bucket":"no-such-bucket","Key":"file.csv"}""");

        var result = await ReplayProcess.RunAsync(["asl", "run", definition, "--input", input], environment: moto.Environment);

        Assert.Equal(3, result.ExitCode);
        var error = JsonNode.Parse(result.Stdout)!;
        Assert.Equal("States.ItemReaderFailed", (string)error["error"]!);
        Assert.Contains("bucket does not exist", (string)error["cause"]!);
    }
}
