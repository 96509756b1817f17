using ActivityAware.Aws.Signing;

namespace ActivityAware.Aws.Iam;

/// <summary>IAM is global per partition: one endpoint and one signing region each, whatever region the function runs in.</summary>
public static class IamEndpoint
{
    public static (Uri Endpoint, string SigningRegion) For(string region, Func<string, string?> environment)
    {
        var (endpoint, signingRegion) = region switch
        {
            _ when region.StartsWith("cn-", StringComparison.Ordinal) => ("https://iam.cn-north-1.amazonaws.com.cn/", "cn-north-1"),
            _ when region.StartsWith("us-gov-", StringComparison.Ordinal) => ("https://iam.us-gov.amazonaws.com/", "us-gov-west-1"),
            _ => (IamPrincipalDirectory.PublicEndpoint.ToString(), "us-east-1"),
        };
        return (SigV4HttpClientFactory.Endpoint("IAM", new Uri(endpoint), environment), signingRegion);
    }
}
