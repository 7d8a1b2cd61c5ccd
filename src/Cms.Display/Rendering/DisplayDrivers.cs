using Cms.Abstractions.ContentKinds;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Display.Rendering;

/// <summary>
/// The display drivers of one renderer's scope, each resolved from the scope's services once instead of for every
/// part and field of every item it renders (a page and its nested items ask for the same few drivers many times, and
/// each resolution of a scoped service takes the scope's lock). Drivers are scoped (<see cref="ContentKindBuilder.UseDisplayDriver{TDriver}"/>):
/// the scope would hand out the same instances.
/// </summary>
public sealed class DisplayDrivers(IServiceProvider services)
{
    private readonly Dictionary<Type, IContentDisplayDriver> _drivers = [];

    public IContentDisplayDriver Get(Type driverType)
    {
        if (_drivers.TryGetValue(driverType, out var driver)) return driver;
        driver = (IContentDisplayDriver)services.GetRequiredService(driverType);
        _drivers[driverType] = driver;
        return driver;
    }
}
