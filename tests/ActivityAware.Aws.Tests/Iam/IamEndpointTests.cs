using ActivityAware.Aws.Iam;

namespace ActivityAware.Aws.Tests.Iam;

public sealed class IamEndpointTests
{
    [Theory]
    [InlineData("eu-west-1", "https://iam.amazonaws.com/", "us-east-1")]
    [InlineData("us-east-1", "https://iam.amazonaws.com/", "us-east-1")]
    [InlineData("cn-northwest-1", "https://iam.cn-north-1.amazonaws.com.cn/", "cn-north-1")]
    [InlineData("us-gov-east-1", "https://iam.us-gov.amazonaws.com/", "us-gov-west-1")]
    public void For_Region_IsItsPartitionsGlobalEndpointAndSigningRegion(string region, string endpoint, string signingRegion) =>
        Assert.Equal((new Uri(endpoint), signingRegion), IamEndpoint.For(region, _ => null));

    [Theory]
    [InlineData("AWS_ENDPOINT_URL_IAM")]
    [InlineData("AWS_ENDPOINT_URL")]
    public void For_EndpointOverride_IsUsedWithThePartitionsSigningRegion(string variable) =>
        Assert.Equal((new Uri("http://127.0.0.1:5000"), "us-east-1"), IamEndpoint.For("eu-west-1", name => name == variable ? "http://127.0.0.1:5000" : null));
}
