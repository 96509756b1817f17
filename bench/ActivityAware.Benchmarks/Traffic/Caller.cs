using System.Text.Json;

namespace ActivityAware.Benchmarks.Traffic;

/// <summary>Who made a call, written as CloudTrail writes <c>userIdentity</c> for that kind of caller.</summary>
public sealed record Caller(CallerKind Kind, string Type, string Arn, string PrincipalId, string? IssuerRole, string? InvokedBy, string UserAgent, bool Mfa)
{
    public string SourceIp(Random random) => InvokedBy ?? (Kind == CallerKind.Console ? $"203.0.113.{random.Next(1, 255)}" : $"10.0.{random.Next(256)}.{random.Next(1, 255)}");

    public void WriteIdentity(Utf8JsonWriter writer, DateTimeOffset time)
    {
        writer.WriteStartObject();
        writer.WriteString("type", Type);
        if (Type == "AWSService")
        {
            writer.WriteString("invokedBy", InvokedBy);
            writer.WriteEndObject();
            return;
        }
        writer.WriteString("principalId", PrincipalId);
        writer.WriteString("arn", Arn);
        writer.WriteString("accountId", CloudTrailRecordGenerator.Account);
        writer.WriteString("accessKeyId", Type == "IAMUser" ? "AKIAEXAMPLEUSERKEY01" : "ASIAEXAMPLESESSION01");
        if (Type == "IAMUser") writer.WriteString("userName", Arn[(Arn.LastIndexOf('/') + 1)..]);
        if (IssuerRole is not null)
        {
            writer.WriteStartObject("sessionContext");
            writer.WriteStartObject("sessionIssuer");
            writer.WriteString("type", "Role");
            writer.WriteString("principalId", PrincipalId.Split(':')[0]);
            writer.WriteString("arn", $"arn:aws:iam::{CloudTrailRecordGenerator.Account}:role/{IssuerRole}");
            writer.WriteString("accountId", CloudTrailRecordGenerator.Account);
            writer.WriteString("userName", IssuerRole);
            writer.WriteEndObject();
            writer.WriteStartObject("webIdFederationData");
            writer.WriteEndObject();
            writer.WriteStartObject("attributes");
            writer.WriteString("creationDate", time.AddMinutes(-20).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("mfaAuthenticated", Mfa ? "true" : "false");
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        if (InvokedBy is not null) writer.WriteString("invokedBy", InvokedBy);
        writer.WriteEndObject();
    }
}
