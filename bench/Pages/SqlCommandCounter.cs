using System.Data.Common;
using System.Threading;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cms.Bench;

/// <summary>Counts the SQL commands the site sends (profile mode of the pages benchmark).</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private long _count;
    public long Count => Interlocked.Read(ref _count);

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        Interlocked.Increment(ref _count);
        return base.CommandInitialized(eventData, result);
    }
}
