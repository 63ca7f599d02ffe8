#include "widgets/wrappingdelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QTreeView>

WrappingDelegate::WrappingDelegate(QTreeView *view, int column) : QStyledItemDelegate(view), m_view(view), m_column(column)
{
    view->setWordWrap(true);
    connect(view->header(), &QHeaderView::sectionResized, view, [view, column](int resized) {
        if (resized == column)
            view->doItemsLayout();
    });
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != m_column)
        return QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem measured = option;
    initStyleOption(&measured, index);
    measured.features |= QStyleOptionViewItem::WrapText;
    // The style wraps only within a valid rectangle: the column's width, and height to spare.
    measured.rect = QRect(0, 0, std::max(1, m_view->header()->sectionSize(m_column)), QWIDGETSIZE_MAX);
    const QWidget *widget = measured.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    return style->sizeFromContents(QStyle::CT_ItemViewItem, &measured, QSize(), widget);
}
