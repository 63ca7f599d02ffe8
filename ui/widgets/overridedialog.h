#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

/// A deliberate confirmation before the VM gets something the host uses: the candidates with
/// what the host would lose, a box to tick that says the user understands, and a button that
/// only then gives it. Cancel stays the default.
class OverrideDialog : public QDialog
{
    Q_OBJECT

public:
    struct Item
    {
        QString key;   ///< what the caller gets back (a path, a PCI address)
        QString label;
        QString loss;  ///< what the host loses, in words
    };

    OverrideDialog(const QString &title, const QString &intro, const QList<Item> &items, QWidget *parent = nullptr);
    /// The item the user confirmed, or empty.
    QString chosen() const;
    QCheckBox *understood() const { return m_understood; }
    QPushButton *giveButton() const { return m_give; }

private:
    void update();

    QList<Item> m_items;
    QListWidget *m_list;
    QLabel *m_loss;
    QCheckBox *m_understood;
    QPushButton *m_give;
};
