using Cms.Data.Migrations;
using Microsoft.EntityFrameworkCore;

namespace Cms.ContentManagement.Tests;

/// <summary>
/// Each provider's migrations describe the whole model: a model change without its migration fails here (the start
/// of an up-to-date store no longer asks EF to compare them, see <c>StoreInitializer</c>).
/// </summary>
public class StoreModelTests
{
    [Fact]
    public void The_SQLite_migrations_are_in_step_with_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void The_PostgreSQL_migrations_are_in_step_with_the_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges());
    }
}
