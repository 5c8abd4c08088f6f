export type {
  AddressInput,
  AddressUpdate,
  Customer,
  CustomerAddress,
  ProfileUpdate,
} from './customers.schemas';
export {
  addAddress,
  authenticateCustomer,
  changePassword,
  createCustomer,
  createResetToken,
  findCustomerForReset,
  getActiveCustomer,
  getCustomerDetail,
  listAddresses,
  listCustomers,
  removeAddress,
  resetPassword,
  setCustomerStatus,
  updateAddress,
  updateProfile,
} from './customers.service';
