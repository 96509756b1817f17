namespace ActivityAware.Local.Tests.Asl.Jsonata;

internal static class JsonataAssertions
{
    public static void OnDataset5(string expression, string expected) =>
        JsonataRunner.AssertJsonEqual(expected, JsonataRunner.RunOn(expression, "dataset5"), expression);
}
