#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

/// A failure in words the user can act on: it names the file, device or field at fault.
struct Error
{
    QString message;
};

/// The value of an operation that can fail, or the reason it failed (an expected-style type:
/// the caller decides how to show the error, core never does).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    // By value: `for (auto &x : f().value())` must not iterate over a destroyed temporary.
    T value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const QString &error() const { return std::get<Error>(m_state).message; }

private:
    std::variant<T, Error> m_state;
};

/// Success without a value, or the reason for the failure.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error.message)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return *m_error; }

private:
    std::optional<QString> m_error;
};
