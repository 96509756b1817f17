namespace ActivityAware.Core.Enrichment;

public enum PrincipalKind
{
    User,
    Role,
}
