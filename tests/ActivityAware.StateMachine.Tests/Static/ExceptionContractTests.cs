using System.Reflection;

namespace ActivityAware.StateMachine.Tests.Static;

/// <summary>The exception names Retry/Catch match exist as exception classes in the step code (passes once the steps branch is merged).</summary>
public sealed class ExceptionContractTests
{
    private static readonly string[] StepAssemblies = ["ActivityAware.Core", "ActivityAware.Aws", "ActivityAware.Functions"];

    [Fact]
    public void OurExceptions_ExistAsExceptionTypesInTheStepCode()
    {
        var exceptionTypes = StepAssemblies
            .SelectMany(name => Assembly.Load(new AssemblyName(name)).GetExportedTypes())
            .Where(type => typeof(Exception).IsAssignableFrom(type))
            .Select(type => type.Name)
            .ToHashSet();

        var missing = KnownErrorNames.OurExceptions.Where(name => !exceptionTypes.Contains(name)).Order().ToList();

        Assert.True(missing.Count == 0, $"no public exception class named {string.Join(", ", missing)} in {string.Join(", ", StepAssemblies)}");
    }
}
