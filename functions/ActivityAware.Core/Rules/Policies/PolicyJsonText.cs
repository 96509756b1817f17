using System.Buffers;
using System.Text;
using System.Text.Json;

namespace ActivityAware.Core.Rules.Policies;

/// <summary>
/// Reads the current token of a policy's reader (a property name or string) without allocating: policy element names,
/// condition operators and keys are ASCII and compared ignoring case; escaped tokens are unescaped into the caller's buffer.
/// </summary>
internal static class PolicyJsonText
{
    public const int StackLimit = 256;

    public static bool EqualsIgnoreCase(ref Utf8JsonReader reader, ReadOnlySpan<byte> expected)
    {
        if (!reader.ValueIsEscaped) return Ascii.EqualsIgnoreCase(reader.ValueSpan, expected);
        if (reader.ValueSpan.Length > StackLimit) return false;
        Span<byte> buffer = stackalloc byte[StackLimit];
        return Ascii.EqualsIgnoreCase(buffer[..reader.CopyString(buffer)], expected);
    }

    /// <summary>
    /// The token's unescaped text (the reader is copied, not advanced): the token itself, or a copy in <paramref name="buffer"/> (<see cref="StackLimit"/> bytes),
    /// or, for a longer escaped token (rare), in a pooled array the caller gives back with <see cref="Return"/>.
    /// </summary>
    public static ReadOnlySpan<byte> Unescaped(in Utf8JsonReader reader, Span<byte> buffer, ref byte[]? rented)
    {
        if (!reader.ValueIsEscaped) return reader.ValueSpan;
        if (reader.ValueSpan.Length <= buffer.Length) return buffer[..reader.CopyString(buffer)];
        rented = ArrayPool<byte>.Shared.Rent(reader.ValueSpan.Length);
        return rented.AsSpan(0, reader.CopyString(rented));
    }

    public static void Return(byte[]? rented)
    {
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
    }
}
