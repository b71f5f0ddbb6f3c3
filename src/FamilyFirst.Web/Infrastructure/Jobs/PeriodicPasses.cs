namespace FamilyFirst.Web.Infrastructure.Jobs;

/// <summary>
/// The loop of the background services that work in passes (the outbox dispatcher, the reminders, the snapshot worker):
/// a pass at once, then one every interval until the app stops. A pass that fails is reported and the next one runs on
/// time; stopping the app ends the loop quietly.
/// </summary>
public static class PeriodicPasses
{
    public static async Task RunAsync(TimeSpan every, TimeProvider time, Func<CancellationToken, Task> pass, Action<Exception> failed, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(pass);
        ArgumentNullException.ThrowIfNull(failed);
        using var timer = new PeriodicTimer(every, time);
        do
        {
            try
            {
                await pass(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failed(ex);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
