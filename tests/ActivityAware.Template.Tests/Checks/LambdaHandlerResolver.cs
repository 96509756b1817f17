using System.Reflection;

namespace ActivityAware.Template.Tests.Checks;

/// <summary>
/// Checks a .NET Lambda handler string (<c>Assembly::Namespace.Type::Method</c>) against the loaded assemblies the way the
/// managed runtime will use it: a public class with a public parameterless constructor and a public instance
/// <c>Task&lt;Stream&gt; Method(Stream)</c> (Stream in and out needs no serializer).
/// </summary>
public static class LambdaHandlerResolver
{
    /// <returns>null when the handler resolves; otherwise what is wrong.</returns>
    public static string? Problem(string handler)
    {
        var parts = handler.Split("::");
        if (parts.Length != 3 || parts.Any(string.IsNullOrWhiteSpace))
            return $"handler '{handler}' is not Assembly::Namespace.Type::Method.";
        var (assemblyName, typeName, methodName) = (parts[0], parts[1], parts[2]);

        Assembly assembly;
        try
        {
            assembly = Assembly.Load(new AssemblyName(assemblyName));
        }
        catch (FileNotFoundException error)
        {
            return $"handler '{handler}': assembly {assemblyName} not found ({error.Message}).";
        }
        var type = assembly.GetType(typeName);
        if (type is null)
            return $"handler '{handler}': type {typeName} does not exist in {assemblyName}.";
        if (!type.IsPublic || type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null)
            return $"handler '{handler}': {typeName} must be a public, non-abstract class with a public parameterless constructor.";
        var method = type.GetMethod(methodName, BindingFlags.Public | BindingFlags.Instance, [typeof(Stream)]);
        if (method is null)
            return $"handler '{handler}': {typeName} has no public instance method {methodName}(Stream).";
        if (method.ReturnType != typeof(Task<Stream>))
            return $"handler '{handler}': {methodName} returns {method.ReturnType.Name}; it must return Task<Stream>.";
        return null;
    }
}
