using System.Xml.Linq;
using ActivityAware.Core.Enrichment;

namespace ActivityAware.Aws.Iam;

/// <summary>
/// IAM's Query API (<c>GetUser</c>, <c>GetRole</c>, <c>ListAccountAliases</c>; form POST, XML answers) over an <see cref="HttpClient"/> that
/// signs with SigV4 for service <c>iam</c> (AWSSDK.IdentityManagement is not available here). GetUser and GetRole return the tags and
/// the permissions boundary, so no other call is needed. NoSuchEntity is "not found"; any other failure is unavailability.
/// </summary>
public sealed class IamPrincipalDirectory(HttpClient signedHttp, Uri endpoint) : IPrincipalDirectory
{
    public static readonly Uri PublicEndpoint = new("https://iam.amazonaws.com/");
    private static readonly XNamespace Iam = "https://iam.amazonaws.com/doc/2010-05-08/";

    public async Task<PrincipalDetails?> FindAsync(PrincipalReference principal, CancellationToken cancellationToken = default)
    {
        var (action, nameField, entity) = principal.Kind == PrincipalKind.User ? ("GetUser", "UserName", "User") : ("GetRole", "RoleName", "Role");
        var answer = await CallAsync(action, [(nameField, principal.Name)], cancellationToken);
        if (answer is null) return null;
        var element = answer.Descendants(Iam + entity).FirstOrDefault()
            ?? throw new PrincipalDirectoryUnavailableException($"IAM {action} answered without a {entity} element");
        var tags = element.Element(Iam + "Tags")?.Elements(Iam + "member")
            .Select(m => (Key: (string?)m.Element(Iam + "Key"), Value: (string?)m.Element(Iam + "Value") ?? ""))
            .Where(t => t.Key is not null)
            .GroupBy(t => t.Key!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
        var boundary = (string?)element.Element(Iam + "PermissionsBoundary")?.Element(Iam + "PermissionsBoundaryArn");
        return new PrincipalDetails(tags ?? new Dictionary<string, string>(StringComparer.Ordinal), boundary);
    }

    public async Task<string?> AccountAliasAsync(CancellationToken cancellationToken = default)
    {
        var answer = await CallAsync("ListAccountAliases", [], cancellationToken);
        return (string?)answer?.Descendants(Iam + "AccountAliases").Elements(Iam + "member").FirstOrDefault();
    }

    /// <returns>The answer, or null when IAM says the entity does not exist.</returns>
    private async Task<XDocument?> CallAsync(string action, IReadOnlyList<(string Name, string Value)> parameters, CancellationToken cancellationToken)
    {
        using var content = new FormUrlEncodedContent([new("Action", action), new("Version", "2010-05-08"),
            .. parameters.Select(p => new KeyValuePair<string, string>(p.Name, p.Value))]);
        HttpResponseMessage response;
        try
        {
            response = await signedHttp.PostAsync(endpoint, content, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new PrincipalDirectoryUnavailableException($"IAM could not be reached for {action} ({e.HttpRequestError})", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PrincipalDirectoryUnavailableException($"IAM did not answer {action} within {signedHttp.Timeout.TotalSeconds:0} s", e);
        }
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var document = Parse(text, action);
            if (response.IsSuccessStatusCode)
                return document ?? throw new PrincipalDirectoryUnavailableException($"IAM answered {action} with HTTP {(int)response.StatusCode} and no XML");
            var code = (string?)document?.Descendants(Iam + "Code").FirstOrDefault() ?? (string?)document?.Descendants("Code").FirstOrDefault();
            if (code == "NoSuchEntity") return null;
            throw new PrincipalDirectoryUnavailableException($"IAM refused {action} with HTTP {(int)response.StatusCode} {code ?? "(no error code)"}");
        }
    }

    private static XDocument? Parse(string text, string action)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            return XDocument.Parse(text);
        }
        catch (System.Xml.XmlException e)
        {
            throw new PrincipalDirectoryUnavailableException($"IAM answered {action} with a body that is not XML: {e.Message}", e);
        }
    }
}
