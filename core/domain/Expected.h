#pragma once
// std::expected where the standard library has it, a small stand-in where it does not.
//
// Why: the fuzz targets are built with clang 14 (the only clang on Debian 12, and the only way to get libFuzzer), which
// uses GCC 12's libstdc++. libstdc++ 12 declares std::expected only when __cpp_concepts >= 202002L, and clang 14 reports
// 201907L, so <expected> is empty there and every `Result<T>` and `std::unexpected(...)` in core would fail to compile.
//
// What: relance::compat::{expected, unexpected, unexpect, bad_expected_access}, a subset of C++23 <expected> with the same
// meaning (storage in a std::variant, so copy/move/destroy follow the value and error types). It is put into namespace std
// only when the library lacks __cpp_lib_expected. The top-level CMakeLists.txt force-includes this header in clang builds
// only (-include), ahead of Error.h's <expected>; GCC builds never see it and keep the real std::expected, unchanged.
// tests/fuzz/test_expected_shim.cpp includes it under GCC and checks relance::compat side by side with std::expected.
// Adding names to std is formally reserved; it is done only where those exact names are absent, so nothing can clash,
// and it spares rewriting 250 call sites that name std::unexpected.
#include <exception>
#include <expected>
#include <functional>
#include <type_traits>
#include <utility>
#include <variant>
#include <version>

namespace relance::compat {

template <class E>
class unexpected
{
public:
    template <class Err = E>
        requires(!std::is_same_v<std::remove_cvref_t<Err>, unexpected> &&
                 !std::is_same_v<std::remove_cvref_t<Err>, std::in_place_t> && std::is_constructible_v<E, Err>)
    constexpr explicit unexpected(Err&& e) : m_error(std::forward<Err>(e))
    {
    }
    template <class... Args>
    constexpr explicit unexpected(std::in_place_t, Args&&... args) : m_error(std::forward<Args>(args)...)
    {
    }

    constexpr const E& error() const& noexcept { return m_error; }
    constexpr E& error() & noexcept { return m_error; }
    constexpr const E&& error() const&& noexcept { return std::move(m_error); }
    constexpr E&& error() && noexcept { return std::move(m_error); }

    template <class E2>
    friend constexpr bool operator==(const unexpected& a, const unexpected<E2>& b)
    {
        return a.error() == b.error();
    }

private:
    E m_error;
};
template <class E>
unexpected(E) -> unexpected<E>;

struct unexpect_t
{
    explicit unexpect_t() = default;
};
inline constexpr unexpect_t unexpect{};

template <class E>
class bad_expected_access : public std::exception
{
public:
    explicit bad_expected_access(E e) : m_error(std::move(e)) {}
    const char* what() const noexcept override { return "bad access to expected without expected value"; }
    const E& error() const& noexcept { return m_error; }
    E& error() & noexcept { return m_error; }

private:
    E m_error;
};

template <class T, class E>
class expected;

namespace detail {
template <class T>
struct isExpected : std::false_type {};
template <class T, class E>
struct isExpected<expected<T, E>> : std::true_type {};
template <class T>
struct isUnexpected : std::false_type {};
template <class E>
struct isUnexpected<unexpected<E>> : std::true_type {};

// Calls f with the value of `self` (or with nothing for void), forwarding self's value category.
template <class Self, class F>
constexpr decltype(auto) invokeWithValue(Self&& self, F&& f)
{
    if constexpr (std::is_void_v<typename std::remove_cvref_t<Self>::value_type>)
        return std::invoke(std::forward<F>(f));
    else
        return std::invoke(std::forward<F>(f), *std::forward<Self>(self));
}
template <class Self, class F>
using valueResult = std::remove_cvref_t<decltype(invokeWithValue(std::declval<Self>(), std::declval<F>()))>;
template <class Self, class F>
using errorResult = std::remove_cvref_t<std::invoke_result_t<F, decltype(std::declval<Self>().error())>>;

template <class Self, class F>
constexpr auto andThen(Self&& self, F&& f)
{
    using U = valueResult<Self, F>;
    static_assert(isExpected<U>::value, "and_then: the function must return an expected");
    if (self.has_value())
        return invokeWithValue(std::forward<Self>(self), std::forward<F>(f));
    return U(unexpect, std::forward<Self>(self).error());
}
template <class Self, class F>
constexpr auto transform(Self&& self, F&& f)
{
    using U = valueResult<Self, F>;
    using R = expected<U, typename std::remove_cvref_t<Self>::error_type>;
    if (!self.has_value())
        return R(unexpect, std::forward<Self>(self).error());
    if constexpr (std::is_void_v<U>) {
        invokeWithValue(std::forward<Self>(self), std::forward<F>(f));
        return R();
    } else {
        return R(std::in_place, invokeWithValue(std::forward<Self>(self), std::forward<F>(f)));
    }
}
template <class Self, class F>
constexpr auto orElse(Self&& self, F&& f)
{
    using G = errorResult<Self, F>;
    static_assert(isExpected<G>::value, "or_else: the function must return an expected");
    if (!self.has_value())
        return G(std::invoke(std::forward<F>(f), std::forward<Self>(self).error()));
    if constexpr (std::is_void_v<typename std::remove_cvref_t<Self>::value_type>)
        return G();
    else
        return G(std::in_place, *std::forward<Self>(self));
}
template <class Self, class F>
constexpr auto transformError(Self&& self, F&& f)
{
    using G = errorResult<Self, F>;
    using V = typename std::remove_cvref_t<Self>::value_type;
    using R = expected<V, G>;
    if (!self.has_value())
        return R(unexpect, std::invoke(std::forward<F>(f), std::forward<Self>(self).error()));
    if constexpr (std::is_void_v<V>)
        return R();
    else
        return R(std::in_place, *std::forward<Self>(self));
}
} // namespace detail

template <class T, class E>
class expected
{
    static_assert(!std::is_reference_v<T> && !detail::isUnexpected<std::remove_cv_t<T>>::value);

public:
    using value_type = T;
    using error_type = E;
    using unexpected_type = unexpected<E>;
    template <class U>
    using rebind = expected<U, E>;

    constexpr expected()
        requires std::is_default_constructible_v<T>
        : m_v(std::in_place_index<0>)
    {
    }
    constexpr expected(const expected&) = default;
    constexpr expected(expected&&) = default;
    constexpr expected& operator=(const expected&) = default;
    constexpr expected& operator=(expected&&) = default;

    template <class U = T>
        requires(!std::is_same_v<std::remove_cvref_t<U>, expected> &&
                 !std::is_same_v<std::remove_cvref_t<U>, std::in_place_t> &&
                 !std::is_same_v<std::remove_cvref_t<U>, unexpect_t> && !detail::isUnexpected<std::remove_cvref_t<U>>::value &&
                 !detail::isExpected<std::remove_cvref_t<U>>::value && std::is_constructible_v<T, U>)
    constexpr explicit(!std::is_convertible_v<U, T>) expected(U&& v) : m_v(std::in_place_index<0>, std::forward<U>(v))
    {
    }
    template <class U, class G>
        requires(std::is_constructible_v<T, const U&> && std::is_constructible_v<E, const G&>)
    constexpr explicit(!std::is_convertible_v<const U&, T> || !std::is_convertible_v<const G&, E>)
        expected(const expected<U, G>& o)
        : m_v(o.has_value() ? Storage(std::in_place_index<0>, *o) : Storage(std::in_place_index<1>, o.error()))
    {
    }
    template <class U, class G>
        requires(std::is_constructible_v<T, U> && std::is_constructible_v<E, G>)
    constexpr explicit(!std::is_convertible_v<U, T> || !std::is_convertible_v<G, E>) expected(expected<U, G>&& o)
        : m_v(o.has_value() ? Storage(std::in_place_index<0>, *std::move(o))
                            : Storage(std::in_place_index<1>, std::move(o).error()))
    {
    }
    template <class G>
        requires std::is_constructible_v<E, const G&>
    constexpr explicit(!std::is_convertible_v<const G&, E>) expected(const unexpected<G>& u)
        : m_v(std::in_place_index<1>, u.error())
    {
    }
    template <class G>
        requires std::is_constructible_v<E, G>
    constexpr explicit(!std::is_convertible_v<G, E>) expected(unexpected<G>&& u)
        : m_v(std::in_place_index<1>, std::move(u).error())
    {
    }
    template <class... Args>
    constexpr explicit expected(std::in_place_t, Args&&... args) : m_v(std::in_place_index<0>, std::forward<Args>(args)...)
    {
    }
    template <class... Args>
    constexpr explicit expected(unexpect_t, Args&&... args) : m_v(std::in_place_index<1>, std::forward<Args>(args)...)
    {
    }

    template <class U = T>
        requires(!std::is_same_v<std::remove_cvref_t<U>, expected> && !detail::isUnexpected<std::remove_cvref_t<U>>::value &&
                 std::is_constructible_v<T, U> && std::is_assignable_v<T&, U>)
    constexpr expected& operator=(U&& v)
    {
        if (has_value())
            std::get<0>(m_v) = std::forward<U>(v);
        else
            m_v.template emplace<0>(std::forward<U>(v));
        return *this;
    }
    template <class G>
    constexpr expected& operator=(const unexpected<G>& u)
    {
        m_v.template emplace<1>(u.error());
        return *this;
    }
    template <class G>
    constexpr expected& operator=(unexpected<G>&& u)
    {
        m_v.template emplace<1>(std::move(u).error());
        return *this;
    }
    template <class... Args>
    constexpr T& emplace(Args&&... args)
    {
        return m_v.template emplace<0>(std::forward<Args>(args)...);
    }
    constexpr void swap(expected& o) { m_v.swap(o.m_v); }
    friend constexpr void swap(expected& a, expected& b) { a.swap(b); }

    constexpr bool has_value() const noexcept { return m_v.index() == 0; }
    constexpr explicit operator bool() const noexcept { return has_value(); }

    constexpr const T* operator->() const noexcept { return std::get_if<0>(&m_v); }
    constexpr T* operator->() noexcept { return std::get_if<0>(&m_v); }
    constexpr const T& operator*() const& noexcept { return *std::get_if<0>(&m_v); }
    constexpr T& operator*() & noexcept { return *std::get_if<0>(&m_v); }
    constexpr const T&& operator*() const&& noexcept { return std::move(*std::get_if<0>(&m_v)); }
    constexpr T&& operator*() && noexcept { return std::move(*std::get_if<0>(&m_v)); }

    constexpr const T& value() const&
    {
        check();
        return **this;
    }
    constexpr T& value() &
    {
        check();
        return **this;
    }
    constexpr const T&& value() const&&
    {
        check();
        return std::move(**this);
    }
    constexpr T&& value() &&
    {
        check();
        return std::move(**this);
    }

    constexpr const E& error() const& noexcept { return *std::get_if<1>(&m_v); }
    constexpr E& error() & noexcept { return *std::get_if<1>(&m_v); }
    constexpr const E&& error() const&& noexcept { return std::move(*std::get_if<1>(&m_v)); }
    constexpr E&& error() && noexcept { return std::move(*std::get_if<1>(&m_v)); }

    template <class U>
    constexpr T value_or(U&& fallback) const&
    {
        return has_value() ? **this : static_cast<T>(std::forward<U>(fallback));
    }
    template <class U>
    constexpr T value_or(U&& fallback) &&
    {
        return has_value() ? std::move(**this) : static_cast<T>(std::forward<U>(fallback));
    }
    template <class G = E>
    constexpr E error_or(G&& fallback) const&
    {
        return has_value() ? static_cast<E>(std::forward<G>(fallback)) : error();
    }

    template <class F> constexpr auto and_then(F&& f) & { return detail::andThen(*this, std::forward<F>(f)); }
    template <class F> constexpr auto and_then(F&& f) const& { return detail::andThen(*this, std::forward<F>(f)); }
    template <class F> constexpr auto and_then(F&& f) && { return detail::andThen(std::move(*this), std::forward<F>(f)); }
    template <class F> constexpr auto transform(F&& f) & { return detail::transform(*this, std::forward<F>(f)); }
    template <class F> constexpr auto transform(F&& f) const& { return detail::transform(*this, std::forward<F>(f)); }
    template <class F> constexpr auto transform(F&& f) && { return detail::transform(std::move(*this), std::forward<F>(f)); }
    template <class F> constexpr auto or_else(F&& f) & { return detail::orElse(*this, std::forward<F>(f)); }
    template <class F> constexpr auto or_else(F&& f) const& { return detail::orElse(*this, std::forward<F>(f)); }
    template <class F> constexpr auto or_else(F&& f) && { return detail::orElse(std::move(*this), std::forward<F>(f)); }
    template <class F> constexpr auto transform_error(F&& f) & { return detail::transformError(*this, std::forward<F>(f)); }
    template <class F> constexpr auto transform_error(F&& f) const& { return detail::transformError(*this, std::forward<F>(f)); }
    template <class F> constexpr auto transform_error(F&& f) && { return detail::transformError(std::move(*this), std::forward<F>(f)); }

    template <class T2, class E2>
        requires(!std::is_void_v<T2>)
    friend constexpr bool operator==(const expected& a, const expected<T2, E2>& b)
    {
        if (a.has_value() != b.has_value())
            return false;
        return a.has_value() ? *a == *b : a.error() == b.error();
    }
    template <class T2>
        requires(!detail::isExpected<T2>::value && !detail::isUnexpected<T2>::value)
    friend constexpr bool operator==(const expected& a, const T2& v)
    {
        return a.has_value() && *a == v;
    }
    template <class E2>
    friend constexpr bool operator==(const expected& a, const unexpected<E2>& u)
    {
        return !a.has_value() && a.error() == u.error();
    }

private:
    using Storage = std::variant<T, E>;
    constexpr void check() const
    {
        if (!has_value())
            throw bad_expected_access<E>(error());
    }
    Storage m_v;
};

template <class E>
class expected<void, E>
{
public:
    using value_type = void;
    using error_type = E;
    using unexpected_type = unexpected<E>;
    template <class U>
    using rebind = expected<U, E>;

    constexpr expected() noexcept : m_v(std::in_place_index<0>) {}
    constexpr expected(const expected&) = default;
    constexpr expected(expected&&) = default;
    constexpr expected& operator=(const expected&) = default;
    constexpr expected& operator=(expected&&) = default;
    template <class G>
        requires std::is_constructible_v<E, const G&>
    constexpr explicit(!std::is_convertible_v<const G&, E>) expected(const unexpected<G>& u)
        : m_v(std::in_place_index<1>, u.error())
    {
    }
    template <class G>
        requires std::is_constructible_v<E, G>
    constexpr explicit(!std::is_convertible_v<G, E>) expected(unexpected<G>&& u)
        : m_v(std::in_place_index<1>, std::move(u).error())
    {
    }
    template <class G>
        requires std::is_constructible_v<E, const G&>
    constexpr explicit(!std::is_convertible_v<const G&, E>) expected(const expected<void, G>& o)
        : m_v(o.has_value() ? Storage(std::in_place_index<0>) : Storage(std::in_place_index<1>, o.error()))
    {
    }
    constexpr explicit expected(std::in_place_t) noexcept : m_v(std::in_place_index<0>) {}
    template <class... Args>
    constexpr explicit expected(unexpect_t, Args&&... args) : m_v(std::in_place_index<1>, std::forward<Args>(args)...)
    {
    }

    template <class G>
    constexpr expected& operator=(const unexpected<G>& u)
    {
        m_v.template emplace<1>(u.error());
        return *this;
    }
    template <class G>
    constexpr expected& operator=(unexpected<G>&& u)
    {
        m_v.template emplace<1>(std::move(u).error());
        return *this;
    }
    constexpr void emplace() noexcept { m_v.template emplace<0>(); }
    constexpr void swap(expected& o) { m_v.swap(o.m_v); }
    friend constexpr void swap(expected& a, expected& b) { a.swap(b); }

    constexpr bool has_value() const noexcept { return m_v.index() == 0; }
    constexpr explicit operator bool() const noexcept { return has_value(); }
    constexpr void operator*() const noexcept {}
    constexpr void value() const&
    {
        if (!has_value())
            throw bad_expected_access<E>(error());
    }
    constexpr void value() &&
    {
        if (!has_value())
            throw bad_expected_access<E>(std::move(error()));
    }

    constexpr const E& error() const& noexcept { return *std::get_if<1>(&m_v); }
    constexpr E& error() & noexcept { return *std::get_if<1>(&m_v); }
    constexpr const E&& error() const&& noexcept { return std::move(*std::get_if<1>(&m_v)); }
    constexpr E&& error() && noexcept { return std::move(*std::get_if<1>(&m_v)); }
    template <class G = E>
    constexpr E error_or(G&& fallback) const&
    {
        return has_value() ? static_cast<E>(std::forward<G>(fallback)) : error();
    }

    template <class F> constexpr auto and_then(F&& f) & { return detail::andThen(*this, std::forward<F>(f)); }
    template <class F> constexpr auto and_then(F&& f) const& { return detail::andThen(*this, std::forward<F>(f)); }
    template <class F> constexpr auto and_then(F&& f) && { return detail::andThen(std::move(*this), std::forward<F>(f)); }
    template <class F> constexpr auto transform(F&& f) & { return detail::transform(*this, std::forward<F>(f)); }
    template <class F> constexpr auto transform(F&& f) const& { return detail::transform(*this, std::forward<F>(f)); }
    template <class F> constexpr auto transform(F&& f) && { return detail::transform(std::move(*this), std::forward<F>(f)); }
    template <class F> constexpr auto or_else(F&& f) & { return detail::orElse(*this, std::forward<F>(f)); }
    template <class F> constexpr auto or_else(F&& f) const& { return detail::orElse(*this, std::forward<F>(f)); }
    template <class F> constexpr auto or_else(F&& f) && { return detail::orElse(std::move(*this), std::forward<F>(f)); }
    template <class F> constexpr auto transform_error(F&& f) & { return detail::transformError(*this, std::forward<F>(f)); }
    template <class F> constexpr auto transform_error(F&& f) const& { return detail::transformError(*this, std::forward<F>(f)); }
    template <class F> constexpr auto transform_error(F&& f) && { return detail::transformError(std::move(*this), std::forward<F>(f)); }

    template <class E2>
    friend constexpr bool operator==(const expected& a, const expected<void, E2>& b)
    {
        if (a.has_value() != b.has_value())
            return false;
        return a.has_value() || a.error() == b.error();
    }
    template <class E2>
    friend constexpr bool operator==(const expected& a, const unexpected<E2>& u)
    {
        return !a.has_value() && a.error() == u.error();
    }

private:
    using Storage = std::variant<std::monostate, E>;
    Storage m_v;
};

} // namespace relance::compat

#if !defined(__cpp_lib_expected)
// Only where the standard library has no expected (clang 14 over libstdc++ 12): see the comment at the top.
namespace std {
using relance::compat::bad_expected_access;
using relance::compat::expected;
using relance::compat::unexpect;
using relance::compat::unexpect_t;
using relance::compat::unexpected;
} // namespace std
#endif
