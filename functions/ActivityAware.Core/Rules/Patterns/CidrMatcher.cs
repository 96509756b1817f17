using System.Net;

namespace ActivityAware.Core.Rules.Patterns;

/// <summary>
/// <c>{"cidr": "10.0.0.0/24"}</c> or an IPv6 block: string leaves that are an IP address of the same family inside the
/// block. Values that are not IP addresses (CloudTrail's "AWS Internal", "ec2.amazonaws.com") do not match.
/// </summary>
internal sealed class CidrMatcher(IPNetwork network, string source) : ValueMatcher
{
    public override bool MatchesString(ReadOnlySpan<char> value) =>
        IPAddress.TryParse(value, out var address) && address.AddressFamily == network.BaseAddress.AddressFamily &&
        network.Contains(address);

    public override string Describe() => $"cidr {source}";
}
