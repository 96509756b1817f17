using System.Text;
using System.Text.Json;
using ActivityAware.Core.Normalization;
using ActivityAware.Core.Rules;
using ActivityAware.Core.Rules.Capture;
using ActivityAware.Core.Rules.Projection;
using ActivityAware.Core.Rules.Pushdown;
using ActivityAware.Core.Tests.Rules.Projection;

namespace ActivityAware.Core.Tests.Rules.Capture;

/// <summary>
/// The prefilters decide most records from leaves captured in one reader pass; these records probe what that capture must
/// get exactly right (escapes, odd numbers, duplicates, arrays, envelope derivation) and check it is the path actually taken.
/// </summary>
public sealed class CapturedEvaluationTests
{
    private readonly RecordPrefilter _prefilter = new(new(ProjectionEquivalence.Pack, includeThresholdRules: true), ProjectionEquivalence.Pushdown);
    private readonly PushdownPrefilter _pushdown = new(ProjectionEquivalence.Pushdown);

    public static TheoryData<string> TrickyRecords() =>
    [
        """{"eventSource":"cloudtrail.amazonaws.com","eventName":"Stop\u004Cogging","userIdentity":{"arn":"arn:aws:iam::1:user/a\"b|c"}}""",
        """{"eventSource":"cloudtrail.amazonaws.com","eventName":"StopLogging","eventType":"AwsServiceEvent"}""",
        """{"eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin","eventType":"AwsConsoleSignIn","additionalEventData":{"MFAUsed":"No"},"responseElements":{"ConsoleLogin":"Success"}}""",
        """{"eventSource":"ec2.amazonaws.com","eventName":"AuthorizeSecurityGroupIngress","requestParameters":{"ipPermissions":{"items":[{"ipRanges":{"items":[{"cidrIp":"10.0.0.0/8"},{"cidrIp":"0.0.0.0/0"}]}}]}}}""",
        """{"eventSource":"ec2.amazonaws.com","eventName":"AuthorizeSecurityGroupIngress","requestParameters":{"ipPermissions":{"items":[[{"ipRanges":{"items":{"cidrIp":1e400}}}]]}}}""",
        """{"eventSource":"iam.amazonaws.com","eventName":["CreateUser","GetUser"],"errorCode":-0.0}""",
        """{"eventSource":"iam.amazonaws.com","eventName":"CreateUser","errorCode":{"nested":"AccessDenied"}}""",
        """{"eventSource":"s3.amazonaws.com","eventName":"GetObject","errorCode":"AccessDenied","userIdentity":{"type":"AWSService","type":"IAMUser"}}""",
        """{"eventSource":"kms.amazonaws.com","eventName":"ScheduleKeyDeletion","eventSource":"s3.amazonaws.com"}""",
        """{"eventSource":"","eventName":"DeleteTrail","userIdentity":{"type":"Root","invokedBy":null}}""",
        """{"eventSource":".amazonaws.com","eventName":"PutBucketPolicy","requestParameters":{"bucketPolicy":{"Statement":[{"Effect":"Allow","Principal":"*"}]}}}""",
        """{"eventSource":"organizations","eventName":"LeaveOrganization","eventType":7,"recipientAccountId":["1"]}""",
        """{"userIdentity":{"type":"Root"},"eventType":"AwsApiCall","eventName":"ListBuckets","sourceIPAddress":"x.amazonaws.com"}""",
        // public-policy is decided on the parsed record, whatever the leaves say: a policy string, an object, a limited one, a failed call.
        """{"eventSource":"sqs.amazonaws.com","eventName":"SetQueueAttributes","requestParameters":{"attributes":{"Policy":"{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sqs:*\"}]}"}}}""",
        """{"eventSource":"s3.amazonaws.com","eventName":"PutBucketPolicy","requestParameters":{"bucketPolicy":{"Statement":[{"Effect":"Allow","Principal":{"AWS":["*"]}}]}}}""",
        """{"eventSource":"s3.amazonaws.com","eventName":"PutBucketPolicy","requestParameters":{"bucketPolicy":{"Statement":[{"Effect":"Allow","Principal":"*","Condition":{"StringEquals":{"aws:SourceVpce":"vpce-1"}}}]}}}""",
        """{"eventSource":"kms.amazonaws.com","eventName":"PutKeyPolicy","errorCode":"AccessDenied","requestParameters":{"policy":"{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\"}]}"}}""",
        "{\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"PutBucketAcl\",\"requestParameters\":{\"x-amz-acl\":\"" + new string('p', 300) + "public-read\"}}",
    ];

    [Theory]
    [MemberData(nameof(TrickyRecords))]
    public void Evaluate_TrickyRecord_EqualsTheFullRecordEvaluation(string record)
    {
        Assert.Empty(ProjectionEquivalence.Differences(record, Encoding.UTF8.GetBytes(record), _prefilter, _pushdown));
    }

    [Fact]
    public void Evaluate_LoneSurrogateEscapeARuleReads_ThrowsAsTheFullRecordEvaluation()
    {
        var record = """{"eventSource":"s3.amazonaws.com","eventName":"GetObject","errorCode":"\ud800AccessDenied"}"""u8.ToArray();
        using var full = JsonDocument.Parse(record);
        Assert.Throws<InvalidOperationException>(() => new RuleEngine(ProjectionEquivalence.Pack).Evaluate(full.RootElement));
        Assert.Throws<InvalidOperationException>(() => _prefilter.Evaluate(record));
    }

    [Fact]
    public void Scan_DefaultPackExamples_DecidesThemWithoutADocument()
    {
        var layout = new FieldLayout(ProjectionEquivalence.Pack.ReferencedPaths(), derivesEnvelope: true);
        var scanner = new RecordFieldScanner(layout);
        var fields = new RecordFields(layout.SlotCount);
        var undecided = RecordProjectionEquivalenceTests.ExampleRecords().Where(r => !scanner.Scan(Encoding.UTF8.GetBytes(r), fields)).ToList();
        Assert.Empty(undecided);
    }

    [Theory]
    [InlineData("""{"eventName":"a","eventName":"b"}""")]
    [InlineData("""{"userIdentity":{"type":"Root","ty\u0070e":"IAMUser"}}""")]
    [InlineData("""{"eventName":"\ud800"}""")]
    public void Scan_RecordADocumentCouldReadDifferently_LeavesItToTheDocument(string record)
    {
        var layout = new FieldLayout(["eventName", "userIdentity.type"], derivesEnvelope: false);
        Assert.False(new RecordFieldScanner(layout).Scan(Encoding.UTF8.GetBytes(record), new RecordFields(layout.SlotCount)));
    }

    [Fact]
    public void Scan_RepeatedNameInDifferentObjects_IsNoDuplicate()
    {
        var layout = new FieldLayout(["items.name"], derivesEnvelope: false);
        var fields = new RecordFields(layout.SlotCount);
        Assert.True(new RecordFieldScanner(layout).Scan("""{"items":[{"name":"a"},{"name":"b"}]}"""u8, fields));
        Assert.Equal(2, fields.Count(layout.RecordSlot("items.name")));
    }

    /// <summary>The shape the generator moves to: a union of patterns under a detail-level $or, plus top-level exclusions.</summary>
    [Theory]
    [InlineData("""{"source":[{"prefix":"aws."}],"detail-type":["AWS API Call via CloudTrail","AWS Console Sign In via CloudTrail"],"detail":{"$or":[{"errorCode":[{"exists":true}]},{"eventSource":["iam.amazonaws.com"],"eventName":[{"prefix":"Create"},"DeactivateMFADevice"]},{"eventSource":["kms.amazonaws.com"],"eventName":["ScheduleKeyDeletion","DisableKey"]},{"eventSource":["cloudtrail.amazonaws.com"],"eventName":["StopLogging","DeleteTrail"]},{"eventSource":["s3.amazonaws.com"],"eventName":[{"prefix":"PutBucket"}]},{"eventSource":["ec2.amazonaws.com"],"eventName":[{"wildcard":"*SecurityGroup*"}]}],"userIdentity":{"invokedBy":[{"exists":false}]},"eventType":[{"anything-but":"AwsServiceEvent"}]}}""")]
    [InlineData("""{"detail":{"$or":[{"eventSource":["a"]},{"eventSource":["iam.amazonaws.com"]},{"eventSource":["c"]},{"eventSource":["s3.amazonaws.com"]}],"errorCode":[{"exists":false}]},"region":[{"anything-but":["eu-west-1"]}],"id":[{"exists":true}],"resources":[{"exists":false}]}""")]
    public void PushdownMatches_UnionWithExclusions_EqualsTheFullEnvelopeMatch(string patternJson)
    {
        var pattern = new EventBridgePattern(patternJson);
        var prefilter = new PushdownPrefilter(pattern);
        var mutator = new RecordMutator(seed: 11);
        var records = RecordProjectionEquivalenceTests.ExampleRecords().SelectMany(e => Enumerable.Range(0, 10).Select(i => i == 0 ? e : mutator.Mutate(e)));
        var (passed, failed, differences) = (0, 0, new List<string>());
        foreach (var record in records)
        {
            var bytes = Encoding.UTF8.GetBytes(record);
            using var envelope = JsonDocument.Parse(EventBridgeEnvelope.Wrap(bytes));
            var expected = pattern.Matches(envelope.RootElement);
            (passed, failed) = expected ? (passed + 1, failed) : (passed, failed + 1);
            if (prefilter.PushdownMatches(bytes) != expected) differences.Add(record);
        }
        Assert.True(passed > 0 && failed > 0, $"{passed} passed and {failed} failed; the test needs both to prove anything");
        Assert.Empty(differences);
    }
}
