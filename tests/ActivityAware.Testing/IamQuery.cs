using System.Xml.Linq;

namespace ActivityAware.Testing;

/// <summary>Unsigned IAM Query API calls to moto_server, for setting up users, roles and aliases (moto reads the account from the credential).</summary>
public static class IamQuery
{
    public static async Task<XDocument> CallAsync(HttpClient http, Uri endpoint, string action, params (string Name, string Value)[] parameters)
    {
        var form = new Dictionary<string, string> { ["Action"] = action, ["Version"] = "2010-05-08" };
        foreach (var (name, value) in parameters) form[name] = value;
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Authorization = new("AWS4-HMAC-SHA256", "Credential=AKIAIOSFODNN7EXAMPLE/20261128/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=0");
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"IAM {action} failed with HTTP {(int)response.StatusCode}: {body}");
        return XDocument.Parse(body);
    }
}
