using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.States;

/// <summary>
/// Runs N units (branches or Map iterations) with at most <c>maxConcurrency</c> in flight (0 = unlimited). The first failure
/// cancels the units still running; results keep index order.
/// </summary>
internal static class ConcurrentRuns
{
    public sealed record Outcome(IReadOnlyList<JsonNode?> Results, StatesErrorException? Failure);

    public static async Task<Outcome> RunAllAsync(int count, int maxConcurrency, Func<int, CancellationToken, Task<JsonNode?>> unit, CancellationToken ct)
    {
        var results = new JsonNode?[count];
        StatesErrorException? failure = null;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var slots = maxConcurrency > 0 ? new SemaphoreSlim(maxConcurrency, maxConcurrency) : null;
        var running = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            if (slots is not null)
            {
                try
                {
                    await slots.WaitAsync(cts.Token);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    break;
                }
            }
            if (cts.IsCancellationRequested)
            {
                slots?.Release();
                break;
            }
            var index = i;
            async Task RunUnit()
            {
                try
                {
                    results[index] = await unit(index, cts.Token);
                }
                catch (StatesErrorException e)
                {
                    if (Interlocked.CompareExchange(ref failure, e, null) is null)
                        await cts.CancelAsync();
                }
                catch (OperationCanceledException) when (cts.IsCancellationRequested && !ct.IsCancellationRequested)
                {
                    // Stopped because a sibling failed first; that sibling's error is the one reported.
                    results[index] = null;
                }
                finally
                {
                    slots?.Release();
                }
            }
            // A lone unit has nothing to run beside, so it runs on this thread rather than paying a hop to the thread pool.
            running.Add(count == 1 ? RunUnit() : Task.Run(RunUnit, CancellationToken.None));
        }
        await Task.WhenAll(running);
        ct.ThrowIfCancellationRequested();
        return new Outcome(results, failure);
    }
}
