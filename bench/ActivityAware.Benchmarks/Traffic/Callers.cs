namespace ActivityAware.Benchmarks.Traffic;

/// <summary>The account's population of callers: a few busy application roles, services, people at the console, CI users.</summary>
public static class Callers
{
    public const int ApplicationRoles = 12;
    private const string SdkAgent = "aws-sdk-java/2.25.60 Linux/6.1 OpenJDK_64-Bit_Server_VM/21.0.3+9-LTS Java/21.0.3 vendor/Amazon.com_Inc. md/internal exec-env/AWS_ECS_FARGATE";
    private const string ConsoleAgent = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    private static readonly string[] ServicePrincipals = ["lambda.amazonaws.com", "ecs-tasks.amazonaws.com", "config.amazonaws.com", "cloudtrail.amazonaws.com"];
    private static readonly string[] People = ["alice@example.com", "bob@example.com", "carol@example.com", "dave@example.com"];
    private static readonly Caller[] Applications = Enumerable.Range(0, ApplicationRoles).Select(NewApplication).ToArray();
    private static readonly Caller[] WriteHeavyUsers = Enumerable.Range(0, 40).Select(i => NewApplication(i) with
    {
        Arn = $"arn:aws:sts::{CloudTrailRecordGenerator.Account}:assumed-role/app/user{i}",
        PrincipalId = $"AROAEXAMPLEAPPROLE00:user{i}",
        IssuerRole = "app",
    }).ToArray();

    public static Caller Application(int index) => Applications[index];

    public static Caller For(CallerKind kind, TrafficMix mix, Random random)
    {
        if (mix == TrafficMix.WriteHeavy) return WriteHeavyUsers[random.Next(WriteHeavyUsers.Length)];
        return kind switch
        {
            CallerKind.Service => Service(ServicePrincipals[random.Next(ServicePrincipals.Length)]),
            CallerKind.Console => Console(People[random.Next(People.Length)]),
            // Busy applications make most calls: role i is about twice as busy as role 2i.
            _ => Applications[Math.Min(ApplicationRoles - 1, (int)(ApplicationRoles * Math.Pow(random.NextDouble(), 2)))],
        };
    }

    private static Caller NewApplication(int index) => new(
        CallerKind.Application, "AssumedRole",
        $"arn:aws:sts::{CloudTrailRecordGenerator.Account}:assumed-role/app-{index}/session-{index}",
        $"AROAEXAMPLEAPPROLE{index:D2}:session-{index}", $"app-{index}", null, SdkAgent, false);

    private static Caller Service(string principal) => new(CallerKind.Service, "AWSService", "", "", null, principal, principal, false);

    private static Caller Console(string person) => new(
        CallerKind.Console, "AssumedRole",
        $"arn:aws:sts::{CloudTrailRecordGenerator.Account}:assumed-role/AWSReservedSSO_ReadOnly_0123456789abcdef/{person}",
        $"AROAEXAMPLESSOREADON:{person}", "AWSReservedSSO_ReadOnly_0123456789abcdef", null, ConsoleAgent, true);
}
