namespace Shop;

public sealed class Order
{
    private readonly Cart _cart = new();

    public string Id { get; } = Guid.NewGuid().ToString();

    public decimal Due() => _cart.Total(0m);

    public string Receipt() => $"Order {Id}: {Due()}";
}
