using ActivityAware.Benchmarks.Traffic;

namespace ActivityAware.Benchmarks;

/// <summary>
/// <c>--write-logs DIR N [mix]</c>: N generated events as CloudTrail log files (<c>*.json.gz</c>, 5,000 records each) in DIR,
/// for measuring the real <c>activity-aware replay</c> command.
/// </summary>
public static class LogFolderWriter
{
    private const int RecordsPerFile = 5_000;

    public static int Write(string directory, long events, TrafficMix mix)
    {
        Directory.CreateDirectory(directory);
        for (long first = 0; first < events; first += RecordsPerFile)
        {
            var path = Path.Combine(directory, $"{CloudTrailRecordGenerator.Account}_CloudTrail_us-east-1_{first / RecordsPerFile:D5}.json.gz");
            using var file = File.Create(path);
            CloudTrailRecordGenerator.WriteLogFile(file, (int)Math.Min(RecordsPerFile, events - first), mix, seed: 42, firstIndex: first);
        }
        Console.WriteLine($"wrote {events} {mix} events to {directory}");
        return 0;
    }
}
