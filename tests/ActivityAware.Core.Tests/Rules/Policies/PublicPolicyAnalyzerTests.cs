using System.Text;
using System.Text.Json;
using ActivityAware.Core.Rules.Policies;

namespace ActivityAware.Core.Tests.Rules.Policies;

/// <summary>
/// The cases of the S3 User Guide's "The meaning of 'public'" (Block Public Access) and IAM Access Analyzer's reading of
/// resource policies: who a statement admits, and which conditions limit a "*" principal to known callers.
/// </summary>
public sealed class PublicPolicyAnalyzerTests
{
    private const string Star = "\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::data/*\"";

    /// <summary>One statement granting s3:GetObject to "*", under <paramref name="condition"/>.</summary>
    private static string StarWhere(string condition) => "{\"Statement\":[{" + Star + ",\"Condition\":" + condition + "}]}";

    private static string Statements(string before, string after = "") => "{\"Statement\":[" + before + "{" + Star + "}" + after + "]}";

    public static TheoryData<string, string> PublicPolicies() => new()
    {
        { "principal *", Statements("") },
        { "AWS *", """{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sqs:SendMessage"}]}""" },
        { "AWS list holding *", """{"Statement":[{"Effect":"Allow","Principal":{"AWS":["arn:aws:iam::111122223333:root","*"]},"Action":"sns:Publish"}]}""" },
        { "one statement object", """{"Statement":{"Effect":"Allow","Principal":"*","Action":"ecr:BatchGetImage"}}""" },
        { "NotPrincipal with Allow", """{"Statement":[{"Effect":"Allow","NotPrincipal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"s3:*"}]}""" },
        { "public statement after a Deny", Statements("""{"Effect":"Deny","Principal":"*","Action":"s3:*"},""") },
        { "wildcard vpc (S3 guide's public example)", StarWhere("""{"StringLike":{"aws:SourceVpc":"vpc-*"}}""") },
        { "wildcard account", StarWhere("""{"StringLike":{"aws:SourceAccount":"1111?2223333"}}""") },
        { "policy variable", StarWhere("""{"StringEquals":{"aws:PrincipalOrgID":"${aws:ResourceOrgID}"}}""") },
        { "whole IPv4 space", StarWhere("""{"IpAddress":{"aws:SourceIp":"0.0.0.0/0"}}""") },
        { "whole IPv6 space among fixed blocks", StarWhere("""{"IpAddress":{"aws:SourceIp":["203.0.113.0/24","::/0"]}}""") },
        { "negated operator", StarWhere("""{"StringNotEquals":{"aws:PrincipalOrgID":"o-exampleorgid"}}""") },
        { "IfExists: absent for an anonymous caller", StarWhere("""{"StringEqualsIfExists":{"aws:SourceAccount":"111122223333"}}""") },
        { "ForAllValues: holds on an empty set", StarWhere("""{"ForAllValues:StringEquals":{"aws:PrincipalOrgPaths":"o-a/r-b/ou-c/"}}""") },
        { "condition on transport only", StarWhere("""{"Bool":{"aws:SecureTransport":"true"}}""") },
        { "aws:username is not an account", StarWhere("""{"StringEquals":{"aws:username":"alice"}}""") },
        { "empty value list", StarWhere("""{"StringEquals":{"aws:SourceVpce":[]}}""") },
        { "IpAddress on an identifier key", StarWhere("""{"IpAddress":{"aws:SourceVpc":"vpc-1"}}""") },
        { "mount-target flag false", """{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"elasticfilesystem:ClientMount","Condition":{"Bool":{"elasticfilesystem:AccessedViaMountTarget":"false"}}}]}""" },
        { "mount-target flag with a string operator", """{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"elasticfilesystem:ClientMount","Condition":{"StringEquals":{"elasticfilesystem:AccessedViaMountTarget":"true"}}}]}""" },
        { "escaped element names", """{"St\u0061tement":[{"Effect":"Allow","Princip\u0061l":"\u002A","Action":"s3:GetObject"}]}""" },
    };

    public static TheoryData<string, string> NonPublicPolicies() => new()
    {
        { "Deny *", """{"Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}""" },
        { "an account", """{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"s3:GetObject"}]}""" },
        { "a service principal", """{"Statement":[{"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"s3:PutObject"}]}""" },
        { "no principal (identity policy)", """{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""" },
        { "fixed vpc endpoint", StarWhere("""{"StringEquals":{"aws:SourceVpce":"vpce-1a2b3c4d"}}""") },
        { "fixed vpc", StarWhere("""{"StringEquals":{"aws:SourceVpc":"vpc-91237329"}}""") },
        { "fixed organization", StarWhere("""{"StringEquals":{"aws:PrincipalOrgID":["o-exampleorgid"]}}""") },
        { "fixed organization path", StarWhere("""{"ForAnyValue:StringLike":{"aws:PrincipalOrgPaths":"o-a/r-b/ou-c/"}}""") },
        { "fixed source account", StarWhere("""{"StringEquals":{"aws:SourceAccount":"111122223333"}}""") },
        { "source account as a number", StarWhere("""{"StringEquals":{"AWS:SOURCEACCOUNT":111122223333}}""") },
        { "fixed source ARN", StarWhere("""{"ArnLike":{"aws:SourceArn":"arn:aws:s3:::uploads"}}""") },
        { "fixed source owner", StarWhere("""{"StringEquals":{"aws:SourceOwner":"111122223333"}}""") },
        { "fixed principal account", StarWhere("""{"StringEquals":{"aws:PrincipalAccount":"111122223333"}}""") },
        { "fixed principal ARN", StarWhere("""{"ArnEquals":{"aws:PrincipalArn":"arn:aws:iam::111122223333:role/Reader"}}""") },
        { "CIDRs", StarWhere("""{"IpAddress":{"aws:SourceIp":["203.0.113.0/24","2001:db8::/32"]}}""") },
        { "a role's sessions by user id", StarWhere("""{"StringLike":{"aws:userid":"AROAEXAMPLEID:*"}}""") },
        { "KMS caller account (AWS managed key policy)", """{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":["kms:Encrypt","kms:Decrypt"],"Resource":"*","Condition":{"StringEquals":{"kms:CallerAccount":"111122223333","kms:ViaService":"s3.us-east-1.amazonaws.com"}}}]}""" },
        { "EFS console default: through a mount target", """{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":["elasticfilesystem:ClientMount","elasticfilesystem:ClientWrite"],"Condition":{"Bool":{"elasticfilesystem:AccessedViaMountTarget":"true"}}}]}""" },
        { "mount-target flag as a JSON boolean", """{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"elasticfilesystem:ClientMount","Condition":{"Bool":{"elasticfilesystem:AccessedViaMountTarget":true}}}]}""" },
        { "a restricting key beside a loose one", StarWhere("""{"Bool":{"aws:SecureTransport":"true"},"StringEquals":{"aws:SourceVpce":"vpce-1"}}""") },
        { "NotPrincipal with Deny", """{"Statement":[{"Effect":"Deny","NotPrincipal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"s3:*"}]}""" },
        { "NotPrincipal limited to an organization", """{"Statement":[{"Effect":"Allow","NotPrincipal":{"AWS":"arn:aws:iam::111122223333:user/x"},"Action":"s3:*","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-exampleorgid"}}}]}""" },
        { "no statement", """{"Version":"2012-10-17"}""" },
        { "not an object", """[{"Effect":"Allow","Principal":"*"}]""" },
        { "not JSON", """{"Statement":[{"Effect":"Allow","Principal":"*" """ },
        { "empty", "" },
    };

    [Theory]
    [MemberData(nameof(PublicPolicies))]
    public void GrantsPublicAccess_PublicPolicy_IsTrue(string why, string policy) =>
        Assert.True(PublicPolicyAnalyzer.GrantsPublicAccess(Encoding.UTF8.GetBytes(policy)), why);

    [Theory]
    [MemberData(nameof(NonPublicPolicies))]
    public void GrantsPublicAccess_NonPublicPolicy_IsFalse(string why, string policy) =>
        Assert.False(PublicPolicyAnalyzer.GrantsPublicAccess(Encoding.UTF8.GetBytes(policy)), why);

    [Theory]
    [MemberData(nameof(PublicPolicies))]
    [MemberData(nameof(NonPublicPolicies))]
    public void GrantsPublicAccess_PolicyAsAJsonStringValue_DecidesAsTheDocument(string why, string policy)
    {
        using var record = JsonDocument.Parse(JsonSerializer.Serialize(new Dictionary<string, string> { ["policy"] = policy }));
        Assert.Equal(PublicPolicyAnalyzer.GrantsPublicAccess(Encoding.UTF8.GetBytes(policy)),
            PublicPolicyAnalyzer.GrantsPublicAccess(record.RootElement.GetProperty("policy")));
        Assert.NotNull(why);
    }

    [Fact]
    public void GrantsPublicAccess_PolicyAsAnObjectValue_ReadsTheObject()
    {
        using var record = JsonDocument.Parse("{\"bucketPolicy\":" + Statements("") + ",\"other\":{\"Statement\":[]}}");
        Assert.True(PublicPolicyAnalyzer.GrantsPublicAccess(record.RootElement.GetProperty("bucketPolicy")));
        Assert.False(PublicPolicyAnalyzer.GrantsPublicAccess(record.RootElement.GetProperty("other")));
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"not a policy\"")]
    [InlineData("\"{\\\"Statement\\\":[{\\\"Effect\\\":\\\"Allow\\\",\\\"Principal\\\":\\\"\\ud800\\\"}]}\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("[\"*\"]")]
    public void GrantsPublicAccess_ValueThatIsNoPolicy_IsFalse(string json)
    {
        using var value = JsonDocument.Parse(json);
        Assert.False(PublicPolicyAnalyzer.GrantsPublicAccess(value.RootElement));
    }

    [Fact]
    public void GrantsPublicAccess_EscapedValueLongerThanTheStackBuffer_IsUnescapedInFull()
    {
        var org = "o-" + new string('a', 300);
        var policy = StarWhere("{\"StringEquals\":{\"aws:PrincipalOrgID\":\"\\u006F" + org[1..] + "\",\"aws:SourceVpc\":\"vpc-\\u002A" + new string('b', 300) + "\"}}");
        Assert.False(PublicPolicyAnalyzer.GrantsPublicAccess(Encoding.UTF8.GetBytes(policy)));
        var wildcardOnly = StarWhere("{\"StringEquals\":{\"aws:SourceVpc\":\"vpc-\\u002A" + new string('b', 300) + "\"}}");
        Assert.True(PublicPolicyAnalyzer.GrantsPublicAccess(Encoding.UTF8.GetBytes(wildcardOnly)));
    }
}
