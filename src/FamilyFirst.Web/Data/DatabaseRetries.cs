using System.Net.Sockets;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace FamilyFirst.Web.Data;

/// <summary>
/// PostgreSQL's retrying execution strategy, as Family First uses it: a query, a save, or a block of work run
/// through <see cref="DatabaseFacade.CreateExecutionStrategy"/> that meets a transient failure (a restart, a
/// dropped connection, a failover) is run again, a few times, over a few seconds. A block that holds its own
/// transaction must be run through the strategy as a whole (<c>strategy.ExecuteAsync</c>), so the retry
/// starts the transaction again. One that is not (a transaction begun outside the strategy) is not retried in
/// part and is not refused either: it fails as it would without the strategy, rolled back, and the person sees
/// the "service unavailable" page. EF Core's own strategy would refuse such a transaction outright.
/// </summary>
public sealed class FamilyFirstRetryingStrategy(ExecutionStrategyDependencies dependencies, int maxRetryCount, TimeSpan maxRetryDelay)
    : Npgsql.EntityFrameworkCore.PostgreSQL.NpgsqlRetryingExecutionStrategy(dependencies, maxRetryCount, maxRetryDelay, errorCodesToAdd: null)
{
    private bool _insideUnwrappedTransaction;

    protected override void OnFirstExecution()
    {
        _insideUnwrappedTransaction = Dependencies.CurrentContext.Context.Database.CurrentTransaction is not null;
        if (_insideUnwrappedTransaction)
        {
            ExceptionsEncountered.Clear();
            return;
        }

        base.OnFirstExecution();
    }

    protected override bool ShouldRetryOn(Exception? exception) => !_insideUnwrappedTransaction && base.ShouldRetryOn(exception);
}

/// <summary>Whether an exception means the database is out of reach (down, restarting, refusing connections), not a bug.</summary>
public static class DatabaseUnavailable
{
    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case RetryLimitExceededException:
                case TimeoutException:
                case SocketException:
                case PostgresException { SqlState: var state } when state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("57P", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal):
                case NpgsqlException { IsTransient: true }:
                    return true;
            }
        }

        return false;
    }
}
