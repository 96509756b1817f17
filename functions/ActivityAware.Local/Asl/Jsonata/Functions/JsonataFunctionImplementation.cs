namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>
/// The body of a built-in function. Arguments arrive checked against the function's signature, one per signature
/// parameter (a missing optional argument is null). Values: null = undefined, JsonataNull.Value = JSON null,
/// double, string, bool, JsonataArray, JsonataObject, JsonataFunction (JsonataRegex for regex literals).
/// Return null for undefined; throw JsonataException (JsonataErrors codes) for errors.
/// </summary>
public delegate object? JsonataFunctionImplementation(JsonataCallContext context, IReadOnlyList<object?> arguments);
