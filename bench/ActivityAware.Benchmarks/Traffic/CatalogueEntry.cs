namespace ActivityAware.Benchmarks.Traffic;

/// <summary>One kind of call and how often it appears, relative to the other entries of its catalogue.</summary>
public sealed record CatalogueEntry(double Weight, string Source, string Name, CallerKind Caller = CallerKind.Application);

/// <summary>Who makes a call: an application role, an AWS service on the account's behalf, or a person at the console.</summary>
public enum CallerKind
{
    Application,
    Service,
    Console,
}
