export type { AdminOrder } from './admin-orders.schemas';
export {
  addOrderEvent,
  getAdminOrder,
  insertRefund,
  listAdminOrders,
  listLinesWithRefunded,
  lockOrder,
  recordTransition,
} from './admin-orders.service';
export type { OrderState } from './order-states';
export { assertAllowed, nextState } from './order-states';
export type { Order } from './orders.schemas';
export { orderSchema } from './orders.schemas';
export type { NewOrder } from './orders.service';
export {
  countPreviousOrders,
  findOrderOfCart,
  findOrderPayment,
  getCustomerOrder,
  getOrder,
  getOrderByGuestToken,
  insertOrder,
  insertShipment,
  listCustomerOrders,
  listLinesWithShipped,
  listOrderLineVariants,
  listOrderSales,
  markOrderCaptured,
  markShipmentDelivered,
  orderGuestToken,
  updatePayment,
} from './orders.service';
