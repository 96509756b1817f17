using System.Runtime.InteropServices;

namespace ActivityAware.Benchmarks;

/// <summary>
/// The calling thread's CPU time (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>): unlike wall time it leaves out the time other processes hold
/// the cores, and unlike the process's CPU time it leaves out background compilation.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);

    public static TimeSpan Now() =>
        ClockGetTime(ThreadCpuTimeId, out var t) == 0
            ? TimeSpan.FromTicks(t.Seconds * TimeSpan.TicksPerSecond + t.Nanoseconds / 100)
            : throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
}
