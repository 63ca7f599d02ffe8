#pragma once

#include <QStyledItemDelegate>

class QTreeView;

/// Lets a tree view's last column wrap long texts onto more lines instead of ending them in "…":
/// QTreeView asks the delegate for a row's height without the column's width, so a wrapping
/// text is measured as one line. This one measures it at the width of its column, and has the
/// rows laid out again when that column changes width. The other columns are measured as usual
/// (one sized to its contents must not be measured at its own width).
class WrappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    WrappingDelegate(QTreeView *view, int column);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
    int m_column;
};
