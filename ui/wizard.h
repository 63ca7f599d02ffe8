#pragma once

#include <QString>
#include <QWizard>

/// The VFIO Wizard main window: a QWizard whose pages edit one VM plan.
class Wizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { HostCheckPageId };

    struct Options
    {
        QString root = QStringLiteral("/"); ///< the host to scan
        bool demo = false;
    };
    static Options optionsFromArguments(const QStringList &arguments);

    explicit Wizard(Options options, QWidget *parent = nullptr);

    const Options &options() const { return m_options; }

private:
    Options m_options;
};
