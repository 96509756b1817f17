using ActivityAware.Core.Rendering;

namespace ActivityAware.Core.Delivery;

/// <summary>Sends one email; returns the provider's message id. Failures map to the Destination*Exception types.</summary>
public interface IEmailSender
{
    Task<string> SendAsync(string from, EmailDocument email, CancellationToken cancellationToken = default);
}
