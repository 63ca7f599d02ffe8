#pragma once

/// How much a message matters, for plan notes, lint findings and a wizard step's messages alike:
/// why (info), what to watch (warning), what stops the step (error).
enum class Severity { Info, Warning, Error };
