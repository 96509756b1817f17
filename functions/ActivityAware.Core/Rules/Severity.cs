using System.Text.Json.Serialization;

namespace ActivityAware.Core.Rules;

/// <summary>Ordered: a larger value is more severe. Serialized in lower case (<c>info</c> … <c>critical</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Severity>))]
public enum Severity
{
    [JsonStringEnumMemberName("info")] Info = 0,
    [JsonStringEnumMemberName("low")] Low = 1,
    [JsonStringEnumMemberName("medium")] Medium = 2,
    [JsonStringEnumMemberName("high")] High = 3,
    [JsonStringEnumMemberName("critical")] Critical = 4,
}
