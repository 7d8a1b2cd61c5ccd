using Microsoft.Extensions.DependencyInjection;

namespace Cms.Abstractions.Modules;

/// <summary>
/// Wraps a service registered by another module (a cache around a store, a recorder around a renderer). Decorations
/// are applied once every module has registered its services (<see cref="ServiceDecorations.Apply"/>, called by the
/// host), in module order, so a decoration never depends on when the decorated service was registered.
/// </summary>
public sealed class ServiceDecoration(Type serviceType, Func<IServiceProvider, Func<object>, object> wrap)
{
    public Type ServiceType { get; } = serviceType;

    internal object Wrap(IServiceProvider services, Func<object> inner) => wrap(services, inner);
}

public static class ServiceDecorations
{
    /// <summary>
    /// Asks for the last registration of <typeparamref name="TService"/> to be wrapped by <paramref name="wrap"/> once
    /// every module's services are registered; <c>wrap</c> receives a factory of the inner service, so a cache can
    /// avoid building it on a hit. The decorator keeps the inner registration's lifetime. Nothing happens when no
    /// module registers the service.
    /// </summary>
    public static IServiceCollection Decorate<TService>(this IServiceCollection services, Func<IServiceProvider, Func<TService>, TService> wrap)
        where TService : class =>
        services.AddSingleton(new ServiceDecoration(typeof(TService), (sp, inner) => wrap(sp, () => (TService)inner())));

    /// <summary>Applies the pending decorations, in the order they were asked for. Called once, after every module's services.</summary>
    public static void Apply(IServiceCollection services)
    {
        var decorations = services
            .Where(d => d.ServiceType == typeof(ServiceDecoration) && d.ImplementationInstance is ServiceDecoration)
            .ToList();
        foreach (var registration in decorations)
        {
            services.Remove(registration);
            var decoration = (ServiceDecoration)registration.ImplementationInstance!;
            var inner = services.LastOrDefault(d => d.ServiceType == decoration.ServiceType && !d.IsKeyedService);
            if (inner is null) continue;
            services.Remove(inner);
            services.Add(ServiceDescriptor.Describe(decoration.ServiceType,
                sp => decoration.Wrap(sp, () => Create(sp, inner)), inner.Lifetime));
        }
    }

    /// <summary>An instance of what <paramref name="descriptor"/> registers, however it registers it.</summary>
    public static object Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!);
}
