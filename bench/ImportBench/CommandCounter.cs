using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ImportBench;

public sealed class CommandCounter : DbCommandInterceptor
{
    public static readonly ConcurrentDictionary<string, (int Count, double Ms)> Stats = new();
    private static readonly AsyncLocal<long> Start = new();
    private static string Key(DbCommand c) { var t = c.CommandText.Replace("\n", " "); return t.Length > 140 ? t[..140] : t; }
    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) { Start.Value = Stopwatch.GetTimestamp(); return base.ReaderExecutingAsync(command, eventData, result, cancellationToken); }
    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) { Add(command); return base.ReaderExecutedAsync(command, eventData, result, cancellationToken); }
    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) { Start.Value = Stopwatch.GetTimestamp(); return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken); }
    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) { Add(command); return base.NonQueryExecutedAsync(command, eventData, result, cancellationToken); }
    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) { Start.Value = Stopwatch.GetTimestamp(); return base.ScalarExecutingAsync(command, eventData, result, cancellationToken); }
    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default) { Add(command); return base.ScalarExecutedAsync(command, eventData, result, cancellationToken); }
    private static void Add(DbCommand c) { var ms = Stopwatch.GetElapsedTime(Start.Value).TotalMilliseconds; Stats.AddOrUpdate(Key(c), (1, ms), (_, v) => (v.Count + 1, v.Ms + ms)); }
    public static void Print() { foreach (var (k, v) in Stats.OrderByDescending(s => s.Value.Ms).Take(25)) Console.WriteLine($"{v.Count,7} {v.Ms,9:0} ms  {k}"); Console.WriteLine($"total {Stats.Values.Sum(v => v.Count)} commands {Stats.Values.Sum(v => v.Ms):0} ms"); }
}
