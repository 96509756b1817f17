using ActivityAware.Core.Delivery;

namespace ActivityAware.Local.Workflow;

/// <summary>Creates the real secret source (SSM) only when a configured destination first needs a secret, so a dry run needs no AWS configuration.</summary>
public sealed class LazySecretSource(Func<ISecretSource> create) : ISecretSource
{
    private readonly Lazy<ISecretSource> _source = new(create);

    public Task<string> GetAsync(string parameterName, CancellationToken cancellationToken = default) =>
        _source.Value.GetAsync(parameterName, cancellationToken);
}
