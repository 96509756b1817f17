using ActivityAware.Aws.StepFunctions;
using ActivityAware.Testing;
using Amazon.Runtime;

namespace ActivityAware.Aws.Tests.StepFunctions;

public sealed class StepFunctionsClientSigningTests(SignatureCheckingMoto moto) : IClassFixture<SignatureCheckingMoto>
{
    private const string Definition = """{"StartAt":"Done","States":{"Done":{"Type":"Succeed"}}}""";
    private const string RoleArn = "arn:aws:iam::123456789012:role/state-machine";

    [Fact]
    public async Task CreateStateMachine_SignedWithUserKey_IsAccepted()
    {
        var credentials = await moto.UserCredentialsAsync();
        using var client = StepFunctionsClient.Create(MotoServer.Region, moto.Endpoint, credentials);

        var arn = await client.CreateStateMachineAsync("signed", Definition, RoleArn, "EXPRESS", CancellationToken.None);

        Assert.EndsWith(":stateMachine:signed", arn);
    }

    [Fact]
    public async Task CreateStateMachine_SignedWithWrongSecret_FailsWithSignatureDoesNotMatch()
    {
        var credentials = await moto.UserCredentialsAsync();
        var wrong = new BasicAWSCredentials(credentials.GetCredentials().AccessKey, "not-the-secret");
        using var client = StepFunctionsClient.Create(MotoServer.Region, moto.Endpoint, wrong);

        var error = await Assert.ThrowsAsync<StepFunctionsException>(() =>
            client.CreateStateMachineAsync("unsigned", Definition, RoleArn, "EXPRESS", CancellationToken.None));

        Assert.Equal(("SignatureDoesNotMatch", 403), (error.ErrorCode, (int)error.StatusCode));
    }
}
