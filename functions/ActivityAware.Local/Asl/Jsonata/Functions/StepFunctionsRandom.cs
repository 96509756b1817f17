namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>
/// Step Functions' $random(seed?) (a number in [0, 1), the same for the same integer seed) and $uuid() (a version 4 UUID). The
/// seeded numbers are this interpreter's own: only their range and repeatability match AWS.
/// </summary>
public static class StepFunctionsRandom
{
    public static double Random(Random source, double? seed = null)
    {
        if (seed is not { } s)
            return source.NextDouble();
        if (s != Math.Floor(s) || !double.IsFinite(s))
            throw new JsonataException("D3203", $"The seed of $random must be an integer; it was {JavaScriptNumbers.ToText(s)}");
        return new Random(unchecked((int)(long)s ^ (int)((long)s >> 32))).NextDouble();
    }

    public static string Uuid(Random source)
    {
        Span<byte> bytes = stackalloc byte[16];
        source.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(bytes);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }
}
