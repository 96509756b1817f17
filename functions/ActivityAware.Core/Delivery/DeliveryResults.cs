using ActivityAware.Core.Pipeline;

namespace ActivityAware.Core.Delivery;

/// <summary>The two outcomes a delivery step returns. A dry run carries the message so it is shown, never reported as sent.</summary>
public static class DeliveryResults
{
    public const string Sent = "sent";
    public const string DryRun = "dry-run";

    public static DeliveryResult SentOk(DeliveryItem item, int? httpStatus, string? detail = null) =>
        new(item.Name, item.Type, Sent, httpStatus, detail);

    public static DeliveryResult DryRunOf(DeliveryItem item, string why) =>
        new(item.Name, item.Type, DryRun, null, $"{why}; message: {item.Message}");

    /// <summary>A delivery step only sends items of its own type; anything else is a wiring error in the state machine.</summary>
    public static void RequireType(DeliveryItem item, string type)
    {
        if (item.Type != type)
            throw new DestinationConfigurationException($"destination '{item.Name}' has type '{item.Type}' but reached the {type} delivery step");
    }
}
