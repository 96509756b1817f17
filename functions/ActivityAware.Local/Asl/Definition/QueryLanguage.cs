namespace ActivityAware.Local.Asl.Definition;

/// <summary>How a state's fields select and shape data: JSONPath (paths, Parameters, ResultPath, …) or JSONata (Arguments, Output, <c>{% %}</c>).</summary>
public enum QueryLanguage
{
    JsonPath,
    Jsonata,
}
