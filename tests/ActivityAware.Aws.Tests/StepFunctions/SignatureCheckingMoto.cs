using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using ActivityAware.Testing;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;

namespace ActivityAware.Aws.Tests.StepFunctions;

/// <summary>
/// moto_server that checks signatures: the first three calls are free (INITIAL_NO_AUTH_ACTION_COUNT) and create an IAM
/// user allowed states:*, with an access key; every later call must be signed with that key.
/// </summary>
public sealed partial class SignatureCheckingMoto : MotoServer
{
    private const int FreeCalls = 3;
    private Task<BasicAWSCredentials>? _credentials;

    public SignatureCheckingMoto() : base(new Dictionary<string, string> { ["INITIAL_NO_AUTH_ACTION_COUNT"] = FreeCalls.ToString() }) { }

    public Task<BasicAWSCredentials> UserCredentialsAsync() => _credentials ??= CreateUserAsync();

    private async Task<BasicAWSCredentials> CreateUserAsync()
    {
        using var iam = new HttpClient(new SigV4SigningHandler(new BasicAWSCredentials("setup", "setup"), RegionEndpoint.USEast1, "iam", null));
        await CallIamAsync(iam, "Action=CreateUser&UserName=differential");
        var key = await CallIamAsync(iam, "Action=CreateAccessKey&UserName=differential");
        const string policy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"states:*","Resource":"*"}]}""";
        await CallIamAsync(iam, $"Action=PutUserPolicy&UserName=differential&PolicyName=states&PolicyDocument={Uri.EscapeDataString(policy)}");
        return new BasicAWSCredentials(AccessKeyId().Match(key).Groups[1].Value, SecretAccessKey().Match(key).Groups[1].Value);
    }

    private async Task<string> CallIamAsync(HttpClient iam, string form)
    {
        using var content = new StringContent(form + "&Version=2010-05-08", Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") { CharSet = "utf-8" };
        using var response = await iam.PostAsync(Endpoint, content);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"IAM setup call '{form}' failed with {(int)response.StatusCode}: {body}");
        return body;
    }

    [GeneratedRegex("<AccessKeyId>([^<]+)</AccessKeyId>")]
    private static partial Regex AccessKeyId();

    [GeneratedRegex("<SecretAccessKey>([^<]+)</SecretAccessKey>")]
    private static partial Regex SecretAccessKey();
}
