using ActivityAware.Core.Delivery;
using ActivityAware.Core.Rendering;

namespace ActivityAware.Functions.Tests.Support;

internal sealed class RecordingEmailSender : IEmailSender
{
    public List<(string From, EmailDocument Email)> Sent { get; } = [];

    public Task<string> SendAsync(string from, EmailDocument email, CancellationToken cancellationToken = default)
    {
        Sent.Add((from, email));
        return Task.FromResult($"msg-{Sent.Count}");
    }
}
