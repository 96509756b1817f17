using System.Text.Json;
using ActivityAware.Core.Rules;
using ActivityAware.Core.Rules.Policies;
using BenchmarkDotNet.Attributes;

namespace ActivityAware.Benchmarks;

/// <summary>
/// The cost of reading a resource policy with <c>public-policy</c>: the analyser alone on a policy recorded as an escaped JSON
/// string and as an object, and the default pack on a SetQueueAttributes record whose policy is limited to the organization
/// (every statement and condition read, no match), against the same call without a policy.
/// </summary>
[MemoryDiagnoser]
public class PublicPolicyBenchmarks
{
    private const string Policy = """
        {"Version":"2012-10-17","Id":"queue-policy","Statement":[
        {"Sid":"Owner","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sqs:*","Resource":"arn:aws:sqs:us-east-1:123456789012:orders"},
        {"Sid":"FromTopic","Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Action":"sqs:SendMessage","Resource":"arn:aws:sqs:us-east-1:123456789012:orders","Condition":{"ArnEquals":{"aws:SourceArn":"arn:aws:sns:us-east-1:123456789012:alerts"}}},
        {"Sid":"Org","Effect":"Allow","Principal":"*","Action":["sqs:SendMessage","sqs:ReceiveMessage"],"Resource":"arn:aws:sqs:us-east-1:123456789012:orders","Condition":{"Bool":{"aws:SecureTransport":"true"},"StringEquals":{"aws:PrincipalOrgID":"o-exampleorgid"}}}]}
        """;

    private JsonDocument _stringRecord = null!;
    private JsonDocument _objectRecord = null!;
    private JsonDocument _noPolicyRecord = null!;
    private JsonElement _stringPolicy;
    private JsonElement _objectPolicy;
    private RuleEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _stringRecord = JsonDocument.Parse(Record("{\"queueUrl\":\"https://sqs.us-east-1.amazonaws.com/123456789012/orders\",\"attributes\":{\"Policy\":" + JsonSerializer.Serialize(Policy) + "}}"));
        _objectRecord = JsonDocument.Parse(Record("{\"queueUrl\":\"https://sqs.us-east-1.amazonaws.com/123456789012/orders\",\"attributes\":{\"Policy\":" + Policy + "}}"));
        _noPolicyRecord = JsonDocument.Parse(Record("{\"queueUrl\":\"https://sqs.us-east-1.amazonaws.com/123456789012/orders\",\"attributes\":{\"VisibilityTimeout\":\"60\"}}"));
        _stringPolicy = _stringRecord.RootElement.GetProperty("requestParameters").GetProperty("attributes").GetProperty("Policy");
        _objectPolicy = _objectRecord.RootElement.GetProperty("requestParameters").GetProperty("attributes").GetProperty("Policy");
        _engine = new RuleEngine(RulePack.LoadDefault());
        if (_engine.Evaluate(_stringRecord.RootElement).Count != 0) throw new InvalidOperationException("the limited policy must not match");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _stringRecord.Dispose();
        _objectRecord.Dispose();
        _noPolicyRecord.Dispose();
    }

    [Benchmark(Description = "analyser: policy as an escaped JSON string")]
    public bool AnalyseString() => PublicPolicyAnalyzer.GrantsPublicAccess(_stringPolicy);

    [Benchmark(Description = "analyser: policy as an object")]
    public bool AnalyseObject() => PublicPolicyAnalyzer.GrantsPublicAccess(_objectPolicy);

    [Benchmark(Baseline = true, Description = "default pack: SetQueueAttributes without a policy")]
    public int EvaluateWithoutPolicy() => _engine.Evaluate(_noPolicyRecord.RootElement).Count;

    [Benchmark(Description = "default pack: SetQueueAttributes with a limited policy")]
    public int EvaluateWithPolicy() => _engine.Evaluate(_stringRecord.RootElement).Count;

    private static string Record(string requestParameters) =>
        "{\"eventVersion\":\"1.09\",\"userIdentity\":{\"type\":\"IAMUser\",\"arn\":\"arn:aws:iam::123456789012:user/alice\",\"accountId\":\"123456789012\"}," +
        "\"eventSource\":\"sqs.amazonaws.com\",\"eventName\":\"SetQueueAttributes\",\"awsRegion\":\"us-east-1\",\"requestParameters\":" + requestParameters +
        ",\"responseElements\":null,\"eventType\":\"AwsApiCall\",\"recipientAccountId\":\"123456789012\"}";
}
