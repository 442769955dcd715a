using System.Net;
using System.Reflection;
using RumourBot.Fetching;

namespace RumourBot.Tests.Fetching;

public class AddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.45.6.7", "loopback")]
    [InlineData("10.1.2.3", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.254", "private")]
    [InlineData("192.168.1.20", "private")]
    [InlineData("100.64.0.1", "carrier-grade NAT")]
    [InlineData("100.127.255.254", "carrier-grade NAT")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("169.254.0.1", "link-local")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("224.0.0.251", "multicast")]
    [InlineData("255.255.255.255", "reserved")]
    [InlineData("::1", "loopback")]
    [InlineData("::", "unspecified")]
    [InlineData("fc00::1", "unique local")]
    [InlineData("fd12:3456:789a::1", "unique local")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("::ffff:169.254.169.254", "link-local")]
    [InlineData("::ffff:10.0.0.1", "private")]
    [InlineData("::ffff:192.168.0.1", "private")]
    [InlineData("64:ff9b::a9fe:a9fe", "link-local")] // NAT64 form of 169.254.169.254
    [InlineData("2002:7f00:1::1", "loopback")] // 6to4 form of 127.0.0.1
    [InlineData("64:ff9b:1::a9fe:a9fe", "NAT64")] // the local-use NAT64 prefix (RFC 8215), whatever it carries
    [InlineData("64:ff9b:1:ffff::1", "NAT64")]
    public void Refuses_addresses_off_the_public_internet(string address, string why) =>
        Assert.Contains(why, AddressPolicy.PublicOnly.Refusal(IPAddress.Parse(address), 80));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("172.32.0.1")] // just past 172.16/12
    [InlineData("100.128.0.1")] // just past 100.64/10
    [InlineData("192.169.0.1")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    public void Allows_public_addresses(string address) =>
        Assert.Null(AddressPolicy.PublicOnly.Refusal(IPAddress.Parse(address), 443));

    [Fact]
    public void A_test_exception_opens_exactly_one_endpoint()
    {
        var policy = AddressPolicy.AllowingOnly(new IPEndPoint(IPAddress.Loopback, 5050));

        Assert.Null(policy.Refusal(IPAddress.Loopback, 5050));
        Assert.NotNull(policy.Refusal(IPAddress.Loopback, 5051));
        Assert.NotNull(policy.Refusal(IPAddress.Parse("127.0.0.2"), 5050));
        Assert.NotNull(policy.Refusal(IPAddress.Parse("169.254.169.254"), 80));
        Assert.NotNull(AddressPolicy.PublicOnly.Refusal(IPAddress.Loopback, 5050));
    }

    [Fact]
    public void Nothing_outside_the_assembly_can_build_a_policy_with_exceptions()
    {
        var type = typeof(AddressPolicy);

        Assert.Empty(type.GetConstructors(BindingFlags.Public | BindingFlags.Instance));
        Assert.DoesNotContain(type.GetMethods(BindingFlags.Public | BindingFlags.Static), m => m.ReturnType == type && !m.IsSpecialName);
        Assert.Equal(["PublicOnly"], type.GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => p.Name));
        Assert.Same(AddressPolicy.PublicOnly, AddressPolicy.PublicOnly);
    }

    [Theory]
    [InlineData(22)]
    [InlineData(25)]
    [InlineData(6379)]
    [InlineData(8080)]
    public void Refuses_every_port_but_80_and_443_even_on_a_public_address(int port)
    {
        Assert.Contains("not a web port", AddressPolicy.PublicOnly.Refusal(IPAddress.Parse("8.8.8.8"), port));
        Assert.Null(AddressPolicy.PublicOnly.Refusal(IPAddress.Parse("8.8.8.8"), 80));
        Assert.Null(AddressPolicy.PublicOnly.Refusal(IPAddress.Parse("8.8.8.8"), 443));
    }
}
